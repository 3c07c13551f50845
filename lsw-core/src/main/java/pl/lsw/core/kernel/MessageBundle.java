package pl.lsw.core.kernel;

import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resource bundle of rule titles and messages: UTF-8 {@code .properties} files named like Java
 * resource bundles. The base file ({@code messages.properties}) is Polish, the default language;
 * {@code messages_en.properties} is English. Other languages may be added as {@code
 * messages_<language>.properties}.
 *
 * <p>Lookup for a locale tries {@code base_<language>_<COUNTRY>}, then {@code base_<language>}, then
 * the Polish base — and never the JVM's default locale. So a language without its own file (say
 * German) gets Polish, the default language, key by key. (The plain {@code
 * ResourceBundle.getBundle(name, locale)} falls back to the default locale first, so on a JVM whose
 * default is {@code en_US} it would answer a request for Polish in English; this class avoids that
 * pitfall by construction, and also works when the library runs as a named module.)
 *
 * <p>Polish: <i>pakiet komunikatów</i>.
 */
public final class MessageBundle {

  private final ClassLoader loader;
  private final String baseName;
  private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

  private MessageBundle(ClassLoader loader, String baseName) {
    this.loader = loader;
    this.baseName = baseName;
  }

  /**
   * A bundle whose files are resources next to {@code anchor}'s class loader, e.g. {@code
   * of(KernelRules.class, "pl/lsw/core/rules/messages")} for {@code
   * pl/lsw/core/rules/messages.properties} and {@code messages_en.properties}.
   *
   * @throws IllegalArgumentException when the Polish base file does not exist
   */
  public static MessageBundle of(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "bundle base name");
    MessageBundle b = new MessageBundle(anchor.getClassLoader(), baseName);
    if (b.file("").isEmpty() && b.loader.getResource(baseName + ".properties") == null) {
      throw new IllegalArgumentException("message bundle " + baseName + ".properties not found");
    }
    return b;
  }

  /** The base name, e.g. {@code pl/lsw/core/rules/messages}. */
  public String baseName() {
    return baseName;
  }

  /** The text of {@code key} for {@code locale} (see the class documentation for the lookup). */
  public Optional<String> text(String key, Locale locale) {
    for (String suffix : suffixes(locale)) {
      String v = file(suffix).get(key);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The text of {@code key} with its {@code {name}} placeholders filled for {@code locale}; when
   * the key is missing, {@code "!key!"} followed by the arguments, so the gap is visible.
   */
  public String format(String key, Map<String, ?> arguments, Locale locale) {
    return text(key, locale)
        .map(p -> Messages.fill(p, arguments, locale))
        .orElseGet(() -> "!" + key + "!" + (arguments.isEmpty() ? "" : " " + arguments));
  }

  /**
   * The keys defined in the file of exactly this language, without fallback: the Polish base file
   * for Polish, {@code base_en} for English. Used to check that every key exists in every
   * language.
   */
  public Set<String> ownKeys(Locale locale) {
    boolean base = locale == null || locale.getLanguage().isEmpty() || "pl".equals(locale.getLanguage());
    String suffix = base ? "" : "_" + locale.getLanguage();
    return Collections.unmodifiableSet(file(suffix).keySet());
  }

  private static java.util.List<String> suffixes(Locale locale) {
    java.util.List<String> out = new java.util.ArrayList<>(3);
    if (locale != null && !locale.getLanguage().isEmpty() && !"pl".equals(locale.getLanguage())) {
      if (!locale.getCountry().isEmpty()) {
        out.add("_" + locale.getLanguage() + "_" + locale.getCountry());
      }
      out.add("_" + locale.getLanguage());
    }
    out.add("");
    return out;
  }

  private Map<String, String> file(String suffix) {
    return files.computeIfAbsent(suffix, this::load);
  }

  private Map<String, String> load(String suffix) {
    String name = baseName + suffix + ".properties";
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new java.util.HashMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  /** Bundles are equal when they have the same base name and class loader. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MessageBundle && ((MessageBundle) o).baseName.equals(baseName)
        && ((MessageBundle) o).loader == loader;
  }

  /** Hash of the base name. */
  @Override
  public int hashCode() {
    return baseName.hashCode();
  }

  /** The base name. */
  @Override
  public String toString() {
    return "MessageBundle[" + baseName + "]";
  }
}
