package org.impactkit.read.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;

/** Finds value banks: bundled ones by id, others by path. */
public final class Banks {
  /** The id of the bundled open bank, the default. */
  public static final String DEFAULT_ID = "uk-wellby-open";

  /** Ids of the banks shipped inside impact-core. */
  public static final List<String> BUNDLED = List.of(DEFAULT_ID);

  private static final ConcurrentHashMap<String, ValueBank> CACHE = new ConcurrentHashMap<>();

  private Banks() {}

  /** The bundled default bank. */
  public static ValueBank defaultBank() {
    return bundled(DEFAULT_ID);
  }

  /**
   * A bundled bank by id.
   *
   * @throws InvalidInputException when there is no such bundled bank
   */
  public static ValueBank bundled(String id) {
    if (!BUNDLED.contains(id)) {
      throw new InvalidInputException(Diagnostic.error(null, 0, null, "there is no bundled bank '" + id
          + "'; bundled: " + BUNDLED + NearestMatch.hint(id, BUNDLED) + ", or give the path to a bank file"));
    }
    return CACHE.computeIfAbsent(id, Banks::loadBundled);
  }

  private static ValueBank loadBundled(String id) {
    String resource = "/org/impactkit/bank/" + id + ".json";
    try (InputStream in = Banks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled bank missing from the jar: " + resource);
      }
      return BankReader.read(in, id + ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bank by bundled id, or else by path (relative paths against {@code base}).
   *
   * @throws InvalidInputException when neither, or when the file is invalid
   */
  public static ValueBank load(String idOrPath, Path base) throws IOException {
    if (BUNDLED.contains(idOrPath)) {
      return bundled(idOrPath);
    }
    Path path;
    try {
      path = base == null ? Path.of(idOrPath) : base.resolve(idOrPath);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(Diagnostic.error(null, 0, null, "bank " + Texts.quote(idOrPath)
          + " is neither a bundled bank nor a usable file path"));
    }
    if (!Files.isRegularFile(path)) {
      if (!idOrPath.contains("/") && !idOrPath.contains("\\") && !idOrPath.endsWith(".json")) {
        return bundled(idOrPath);
      }
      throw new InvalidInputException(Diagnostic.error(idOrPath, 0, null, "no such bank file"));
    }
    return load(path, idOrPath);
  }

  /**
   * A bank from a file, named in messages as {@code name}.
   *
   * @throws InvalidInputException when the file is larger than {@link BankReader#MAX_BYTES} or invalid
   */
  public static ValueBank load(Path path, String name) throws IOException {
    long size = Files.size(path);
    if (size > BankReader.MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the file is " + (size >> 20)
          + " MB; a bank file is at most " + (BankReader.MAX_BYTES >> 20) + " MB, so this is not a bank"));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return BankReader.read(in, name);
    }
  }
}
