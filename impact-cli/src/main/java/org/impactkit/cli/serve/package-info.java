/**
 * {@code impact serve} (SPEC §11): a web page on the user's own machine for the job {@code impact calculate}
 * does, for people who never open a terminal. The JDK's own HTTP server, bound to 127.0.0.1 and guarded
 * by a random token; uploads parsed by Commons FileUpload into a private temporary folder that is
 * deleted after each response; then the same library calls as the command line. Not API.
 */
package org.impactkit.cli.serve;
