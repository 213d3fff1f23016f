// Draws the agency's process (bpmn-js viewer) from the BPMN in data-xml and marks the steps under way
// (data-current) and those done (data-done), both lists of element ids.
(function () {
  const box = document.getElementById('process-diagram');
  if (!box) {
    return;
  }
  const failed = () => {
    box.querySelector('.process-loading').hidden = true;
    box.querySelector('.process-error').hidden = false;
  };
  if (!window.BpmnJS) {
    failed();
    return;
  }
  const ids = (list) => (list || '').split(' ').filter((id) => id);
  const viewer = new window.BpmnJS({ container: box });
  viewer.importXML(box.dataset.xml).then(() => {
    const canvas = viewer.get('canvas');
    const elements = viewer.get('elementRegistry');
    const mark = (id, marker) => {
      if (elements.get(id)) {
        canvas.addMarker(id, marker);
      }
    };
    ids(box.dataset.done).forEach((id) => mark(id, 'step-done'));
    ids(box.dataset.current).forEach((id) => mark(id, 'step-current'));
    canvas.zoom('fit-viewport');
    box.querySelector('.process-loading').hidden = true;
    box.dataset.rendered = 'true';
  }).catch(failed);
}());
