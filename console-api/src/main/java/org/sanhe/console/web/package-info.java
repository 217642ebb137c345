/**
 * The web console: the static pages, scripts and styles of the call-taker's, dispatcher's and auditor's views, served
 * from the classpath at {@code /}, and the front-end libraries (Leaflet, Chart.js) served from their WebJars. No build
 * step: the files in {@code src/main/resources/org/sanhe/console/web} are what the browser gets. The console talks to
 * the same HTTP/JSON API and WebSocket stream as any other client.
 */
package org.sanhe.console.web;
