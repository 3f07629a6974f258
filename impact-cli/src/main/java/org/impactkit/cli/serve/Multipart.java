package org.impactkit.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import com.sun.net.httpserver.HttpExchange;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.AbstractRequestContext;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInputIterator;

/**
 * Commons FileUpload over the JDK's HTTP exchange. Only its streaming iterator is used: each part is
 * read once, straight into the request's folder, so nothing is buffered in memory or written by the
 * library to a temporary folder of its own.
 */
final class Multipart extends AbstractFileUpload<HttpExchange, DiskFileItem, DiskFileItemFactory> {
  /** A part's headers are a few lines; a huge one is not from a browser. */
  private static final int MAX_PART_HEADER = 8 * 1024;

  Multipart(Limits limits) {
    setMaxSize(limits.bytes());
    setMaxFileSize(limits.bytes());
    setMaxFileCount(limits.files());
    setMaxPartHeaderSize(MAX_PART_HEADER);
    // Browsers send file names as UTF-8 in the part headers.
    setHeaderCharset(StandardCharsets.UTF_8);
  }

  @Override
  public FileItemInputIterator getItemIterator(HttpExchange exchange) throws IOException {
    return getItemIterator(new Context(exchange));
  }

  @Override
  public Map<String, List<DiskFileItem>> parseParameterMap(HttpExchange exchange) {
    throw new UnsupportedOperationException("uploads are streamed: use getItemIterator");
  }

  @Override
  public List<DiskFileItem> parseRequest(HttpExchange exchange) {
    throw new UnsupportedOperationException("uploads are streamed: use getItemIterator");
  }

  /** The request as FileUpload sees it: its content type, declared length and body. */
  private static final class Context extends AbstractRequestContext<HttpExchange> {
    Context(HttpExchange exchange) {
      super(name -> exchange.getRequestHeaders().getFirst(name), () -> -1L, exchange);
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public String getContentType() {
      String type = getRequest().getRequestHeaders().getFirst("Content-Type");
      return type == null ? "" : type;
    }

    @Override
    public InputStream getInputStream() {
      return getRequest().getRequestBody();
    }
  }
}
