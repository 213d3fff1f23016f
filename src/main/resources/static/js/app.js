// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Asks before a form marked data-confirm is sent.
document.addEventListener('submit', function (event) {
  const message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// A save (htmx) that never reached the server or found it without its database says so: htmx itself swaps
// nothing on an error, and the official would not know the save did not happen.
function showNotSaved(event) {
  const status = event.detail.xhr ? event.detail.xhr.status : 0;
  const text = document.querySelector('meta[name="not-saved"]');
  if ((status === 0 || status >= 502) && text) {
    const alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = text.content;
    document.querySelector('main').prepend(alert);
  }
}
document.addEventListener('htmx:responseError', showNotSaved);
document.addEventListener('htmx:sendError', showNotSaved);
