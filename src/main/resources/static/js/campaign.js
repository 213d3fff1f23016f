// Campaign pages: "select all" of an agency type ticks or clears every agency of that type.
(function () {
  function boxes(type) {
    return document.querySelectorAll('input[data-agency-type="' + type + '"]');
  }
  function sync(type) {
    const all = document.querySelector('input[data-select-all="' + type + '"]');
    const list = Array.from(boxes(type));
    if (all) {
      all.checked = list.length > 0 && list.every(function (b) { return b.checked; });
    }
  }
  document.addEventListener('change', function (event) {
    const type = event.target.getAttribute('data-select-all');
    if (type) {
      boxes(type).forEach(function (b) { b.checked = event.target.checked; });
      return;
    }
    const agencyType = event.target.getAttribute('data-agency-type');
    if (agencyType) {
      sync(agencyType);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-select-all]').forEach(function (all) {
      sync(all.getAttribute('data-select-all'));
    });
  });
})();
