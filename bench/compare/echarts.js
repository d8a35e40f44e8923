// The plain way with Apache ECharts: the same donut and bars as the widgets, on the same data.
(async () => {
  const { COLORS, pct, wrap } = plain;
  const { roles, usage, respondents } = await plain.report();
  const font = getComputedStyle(document.body).fontFamily;
  const text = { fontFamily: font, fontSize: 14, color: '#1b1f24' };
  const init = (id, what) => {
    const chart = echarts.init(document.querySelector(`#${id} .box`), null, { renderer: 'canvas' });
    let once = false;
    chart.on('finished', () => once || ((once = true), __bench.mark(what)));
    addEventListener('resize', () => chart.resize());
    return chart;
  };
  init('roles', 'donut').setOption({
    animation: false,
    color: COLORS,
    textStyle: text,
    title: {
      text: String(respondents.value),
      subtext: respondents.label,
      left: 130,
      top: 'middle',
      textAlign: 'center',
      textStyle: { ...text, fontSize: 34, fontWeight: 700 },
      subtextStyle: text,
      itemGap: 2,
    },
    legend: {
      orient: 'vertical',
      left: 280,
      top: 'middle',
      itemGap: 12,
      textStyle: { ...text, lineHeight: 18 },
      formatter: (name) => `${wrap(name, 34).join('\n')}  ${pct(roles.answers.find((a) => a.label === name).percent)}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['62%', '100%'],
        center: [130, '50%'],
        width: 260,
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data: roles.answers.map((a) => ({ name: a.label, value: a.percent })),
      },
    ],
  });
  init('usage-contexts', 'bars').setOption({
    animation: false,
    textStyle: text,
    grid: { left: 230, right: 60, top: 0, bottom: 0 },
    xAxis: { type: 'value', min: 0, max: 100, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...text, lineHeight: 18, formatter: (v) => wrap(v).join('\n') },
      data: usage.answers.map((a) => a.label),
    },
    series: [
      {
        type: 'bar',
        barWidth: 22,
        itemStyle: { color: COLORS[0], borderRadius: 3 },
        label: { show: true, position: 'right', ...text, fontWeight: 700, formatter: (p) => pct(p.value) },
        data: usage.answers.map((a) => a.percent),
      },
    ],
  });
})();
