// Draws the analytics charts: Plotly figures (data + layout) from the JSON block #chart-data into
// the element with each chart's id. Marks each drawn chart with data-rendered="true".
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Plotly === "undefined") return;
  var figures = JSON.parse(source.textContent);
  Object.keys(figures).forEach(function (chartId) {
    var element = document.getElementById("chart-" + chartId);
    if (!element) return;
    var figure = figures[chartId];
    Plotly.newPlot(element, figure.data, figure.layout, { responsive: true, displaylogo: false })
      .then(function () { element.setAttribute("data-rendered", "true"); });
  });
})();
