// Draws every chart of the page from the figure JSON that the server put beside it.
(function () {
  function draw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("[data-figure]").forEach(function (holder) {
      var source = document.getElementById(holder.dataset.figure);
      if (!source || holder.dataset.drawn) { return; }
      var figure = JSON.parse(source.textContent);
      holder.dataset.drawn = "1";
      window.Plotly.newPlot(holder, figure.data, figure.layout, {
        responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"]
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else { draw(); }
})();
