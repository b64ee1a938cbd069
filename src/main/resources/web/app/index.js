// The app's one entry point. It is explicit so that the bundler does not pull every file of web/app into the
// first load: screens other than the reporter's are imported on demand (routes.js).
import './app.css';
import './shell.js';
