'use strict';
// plotly.js core (which holds the scatter trace) plus the traces Briefkit's charts use.
// Keep in step with BUNDLE_TRACES in desktop/briefkit/charts/plotlyjs.py.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/scattergeo'),
    require('plotly.js/lib/choropleth'),
]);

module.exports = Plotly;
