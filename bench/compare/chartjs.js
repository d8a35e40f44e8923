// The plain way with chart.js/auto: the same donut and bars as the widgets, on the same data.
(async () => {
  const { COLORS, pct, count, wrap } = plain;
  const { roles, usage, respondents } = await plain.report();
  const drawn = (what) => {
    let once = false;
    return { id: 'bench-drawn', afterRender: () => once || ((once = true), __bench.mark(what)) };
  };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1b1f24';
  // The legend in HTML (as chart.js's "HTML legend" sample, from the data): colour, label, share.
  document.querySelector('#roles .legend').append(
    ...roles.answers.map((a, i) => {
      const li = document.createElement('li');
      const swatch = li.appendChild(document.createElement('span'));
      swatch.className = 'swatch';
      swatch.style.background = COLORS[i % COLORS.length];
      li.appendChild(document.createElement('span')).textContent = a.label;
      const value = li.appendChild(document.createElement('span'));
      value.className = 'value';
      value.textContent = pct(a.percent);
      return li;
    }),
  );
  const centre = {
    id: 'centre',
    afterDraw(chart) {
      const { ctx, chartArea: a } = chart;
      const meta = chart.getDatasetMeta(0).data[0];
      if (!meta) return;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.fillStyle = '#1b1f24';
      ctx.font = `700 34px ${Chart.defaults.font.family}`;
      ctx.fillText(count(respondents.value), meta.x, meta.y + 4);
      ctx.font = `14px ${Chart.defaults.font.family}`;
      ctx.fillText(respondents.label, meta.x, meta.y + 24);
      ctx.restore();
    },
  };
  new Chart(document.querySelector('#roles canvas'), {
    type: 'doughnut',
    data: {
      labels: roles.answers.map((a) => a.label),
      datasets: [
        { data: roles.answers.map((a) => a.percent), backgroundColor: COLORS, borderColor: '#fff', borderWidth: 2 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      cutout: '62%',
      plugins: { legend: { display: false } },
    },
    plugins: [centre, drawn('donut')],
  });
  const values = {
    id: 'values',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `700 14px ${Chart.defaults.font.family}`;
      ctx.fillStyle = '#1b1f24';
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(pct(usage.answers[i].percent), bar.x + 6, bar.y));
      ctx.restore();
    },
  };
  new Chart(document.querySelector('#usage-contexts canvas'), {
    type: 'bar',
    data: {
      labels: usage.answers.map((a) => wrap(a.label)),
      datasets: [
        { data: usage.answers.map((a) => a.percent), backgroundColor: COLORS[0], borderRadius: 3, barThickness: 22 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      layout: { padding: { right: 56 } },
      scales: { x: { display: false, min: 0, max: 100 }, y: { grid: { display: false }, border: { display: false } } },
      plugins: { legend: { display: false } },
    },
    plugins: [values, drawn('bars')],
  });
})();
