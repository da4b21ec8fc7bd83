// Draws each page map (`.map[data-markers]`, see crates/web/src/maps.rs) with Leaflet: the
// tiles the instance names, a marker per place linked to its page, the view fitted to them.
// Without this script the map stays hidden; the page's lists and links are all there.
(function () {
  "use strict";
  if (!window.L) {
    return;
  }
  document.querySelectorAll(".map[data-markers]").forEach(function (element) {
    var markers;
    try {
      markers = JSON.parse(element.getAttribute("data-markers"));
    } catch (e) {
      return;
    }
    if (!markers.length) {
      return;
    }
    element.hidden = false;
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.getAttribute("data-tiles"), {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    }).addTo(map);
    var points = markers.map(function (m) {
      var marker = L.marker([m.lat, m.lon], {
        icon: L.divIcon({ className: "map-marker", iconSize: [18, 18], iconAnchor: [9, 9] }),
        title: m.label,
        alt: m.label,
        keyboard: true
      }).addTo(map);
      var link = document.createElement("a");
      link.href = m.href;
      link.textContent = m.label;
      marker.bindPopup(link);
      return [m.lat, m.lon];
    });
    if (points.length === 1) {
      map.setView(points[0], 13);
    } else {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 13 });
    }
  });
})();
