package org.impactkit.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * A Log4j API provider of last resort that logs nothing, for Apache POI (which logs through the Log4j
 * API) in an application that has chosen no logging implementation. Without one, the Log4j API prints
 * "Log4j API could not find a logging provider" on standard error at the first workbook, and then POI's
 * errors: noise in an analyst's program, and impact reports every problem itself as a diagnostic.
 *
 * <p>Its priority is below every real implementation's (Log4j Core's is 10, the SLF4J bridge's 15), so
 * adding one to the application turns POI's log on with no other change. Registered as a service, in
 * {@code module-info.java} and {@code META-INF/services}.
 */
public final class QuietLogging extends Provider {
  /** Below every logging implementation, which therefore wins whenever one is present. */
  private static final int PRIORITY = -100;

  /** Log4j API 2.6 and later, the version range every current provider declares. */
  private static final String API_VERSIONS = "2.6.0";

  /** Called by the service loader. */
  public QuietLogging() {
    super(PRIORITY, API_VERSIONS, Contexts.class);
  }

  /**
   * The factory itself rather than by reflection (Log4j API 2.24 and later ask this), which on the
   * module path would need this package exported to the Log4j API; older versions create {@link
   * Contexts} from its class, which the class path allows.
   */
  @Override
  public LoggerContextFactory getLoggerContextFactory() {
    return Contexts.INSTANCE;
  }

  /** Hands out the one quiet context; the Log4j API creates it by its public no-argument constructor. */
  public static final class Contexts implements LoggerContextFactory {
    private static final Context CONTEXT = new Context();
    private static final Contexts INSTANCE = new Contexts();

    /** Called by the Log4j API. */
    public Contexts() {}

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
      return CONTEXT;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
        URI configLocation, String name) {
      return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {
      // the one context lives as long as the application
    }

    @Override
    public boolean isClassLoaderDependent() {
      return false;
    }
  }

  /** Loggers that are off, writing (were they ever on) to nowhere. */
  private static final class Context implements LoggerContext {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private final Map<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

    @Override
    public Object getExternalContext() {
      return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
      return loggers.computeIfAbsent(name, n -> new SimpleLogger(n, Level.OFF, false, false, false, false, null,
          null, PropertiesUtil.getProperties(), NOWHERE));
    }

    @Override
    public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
      return getLogger(name);
    }

    @Override
    public boolean hasLogger(String name) {
      return loggers.containsKey(name);
    }

    @Override
    public boolean hasLogger(String name, MessageFactory messageFactory) {
      return hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
      return hasLogger(name);
    }
  }
}
