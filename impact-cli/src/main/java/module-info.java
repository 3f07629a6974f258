/**
 * The {@code impact} command line tool: a thin picocli adapter over the library {@code org.impactkit},
 * using only what that module exports. picocli is compiled into this module (see the pom), so the tool
 * runs on the module path ({@code java -p lib -m org.impactkit.cli/org.impactkit.cli.Main}) as well as
 * on the class path. Not API.
 */
module org.impactkit.cli {
  requires org.impactkit;
  requires me.tongfei.progressbar;
  // impact serve: the JDK's own HTTP server, multipart uploads, and the JSON the page reads
  requires jdk.httpserver;
  requires org.apache.commons.fileupload2.core;
  requires org.apache.commons.io;
  requires com.fasterxml.jackson.databind;
}
