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
