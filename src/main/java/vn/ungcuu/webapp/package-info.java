/**
 * What the web app (src/main/resources/web, bundled at build time) needs from the server, and nothing more: the
 * public client configuration that tells it how to sign in, and the headers its files are served with. The app is a
 * client of the public API like any other: no second set of rules lives here. Login in local mode never goes
 * through an HTTP endpoint (the {@code token --url} command prints a link), so nothing here mints tokens.
 */
package vn.ungcuu.webapp;
