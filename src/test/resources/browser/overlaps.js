// Lays the landscape out in the browser, with the fonts it has, and compares the real boxes of
// every text and mark: none may overlap another (half a pixel of slack) or leave the picture.
(function () {
  var svg = document.querySelector('svg');
  var width = svg.width.baseVal.value;
  var height = svg.height.baseVal.value;
  var items = [];
  svg.querySelectorAll('text').forEach(function (t) {
    items.push({ what: t.textContent, box: t.getBBox() });
  });
  var texts = items.length;
  svg.querySelectorAll('.marks circle, .marks rect, .marks polygon').forEach(function (s) {
    items.push({ what: 'mark of ' + s.parentNode.getAttribute('data-model'), box: s.getBBox() });
  });
  var slack = 0.5;
  var overlaps = [];
  var outside = [];
  for (var i = 0; i < items.length; i++) {
    var a = items[i].box;
    if (a.x < -slack || a.y < -slack || a.x + a.width > width + slack ||
        a.y + a.height > height + slack) {
      outside.push(items[i].what);
    }
    for (var j = i + 1; j < items.length; j++) {
      var b = items[j].box;
      if (a.x + slack < b.x + b.width && b.x + slack < a.x + a.width &&
          a.y + slack < b.y + b.height && b.y + slack < a.y + a.height) {
        overlaps.push(items[i].what + ' / ' + items[j].what);
      }
    }
  }
  document.getElementById('result').textContent = JSON.stringify({
    texts: texts, marks: items.length - texts, overlaps: overlaps.length, outside: outside.length,
    examples: overlaps.slice(0, 10).concat(outside.slice(0, 10))
  });
})();
