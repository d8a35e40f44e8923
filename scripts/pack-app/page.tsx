// A React 19 page using the elements through DkIntrinsicElements (react-jsx.d.ts).
import { useRef } from 'react';
import type { QuoteCard } from 'datakultur-widgets';

export function Page() {
  const card = useRef<QuoteCard>(null);
  return (
    <div className="report">
      <dk-headline-stat src="/data/datakultur.json" stat="more-data-driven" lang="en"></dk-headline-stat>
      <dk-bar-chart
        src="/data/datakultur.json"
        question="usage-contexts"
        sort="desc"
        heading-level={2}
        ondk-ready={() => console.log('drawn')}
      ></dk-bar-chart>
      <dk-quote-card
        ref={card}
        heading="Inline"
        author="A. Person"
        author-title="Title"
        ondk-error={(e) => console.log(e.detail.message)}
      >
        <p>The quote.</p>
      </dk-quote-card>
      {/* @ts-expect-error: sort takes none, desc or asc */}
      <dk-bar-chart question="roles" sort="sideways"></dk-bar-chart>
    </div>
  );
}
