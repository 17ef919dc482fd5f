// Draws the analytics charts: Plotly figures (data + layout) from the JSON block #chart-data into
// the element with each chart's id. Marks each drawn chart with data-rendered="true".
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Plotly === "undefined") return;
  var figures = JSON.parse(source.textContent);
  // On a phone a legend to the right of the plot took half its width: there it goes below (with its title), and
  // the chart grows by the legend's rows; Plotly's tool bar, always shown on a touch screen, covered the title.
  var NARROW = 560;
  Object.keys(figures).forEach(function (chartId) {
    var element = document.getElementById("chart-" + chartId);
    if (!element) return;
    var figure = figures[chartId];
    var layout = figure.layout || {};
    var narrow = element.clientWidth < NARROW;
    if (narrow && layout.legend && layout.legend.orientation === "v") {
      var entries = figure.data.filter(function (trace) { return trace.showlegend !== false; }).length +
        (layout.legend.title ? 1 : 0);
      var legendHeight = 20 * entries;
      layout.margin = Object.assign({}, layout.margin, { r: 20, b: legendHeight + 110 });
      layout.height = (layout.height || 450) + legendHeight;
      // below the axis title (about 90 px under the plot), in the plot's own (paper) units
      var plotHeight = layout.height - (layout.margin.t || 80) - layout.margin.b;
      layout.legend = Object.assign({}, layout.legend, { x: 0, xanchor: "left", y: -90 / plotHeight, yanchor: "top" });
    }
    Plotly.newPlot(element, figure.data, layout, { responsive: true, displaylogo: false, displayModeBar: !narrow })
      .then(function () { element.setAttribute("data-rendered", "true"); });
  });
})();
