package pl.lsw.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.rules.RuleCode;

/**
 * The JSON form in which the JDBC store keeps events and the ids of commands in its outbox
 * ({@code lsw_outbox}, {@code lsw_command_key}). It writes any value of the library's model that
 * is made of records, Immutables values, enums, {@link Money}, {@link FamilyReference}, the
 * identifiers of the kernel ({@link TerytCode}, {@link Nip}, {@link Regon}, {@link KrsNumber}),
 * {@link RuleCode}, texts,
 * numbers, dates and times, {@link UUID}s, {@link URI}s, {@link Optional}s, lists, sets and maps;
 * reading it back gives a value equal to the one written. A value held as an interface or as
 * {@link Object} is written with its class name ({@code "@type"}).
 *
 * <p>Reading creates only classes of the library ({@code pl.lsw.}) and the JDK value types listed
 * above, never a class named by the text alone outside them, and builds every value through its
 * public constructor or builder, so the model's own checks run on what is read.
 *
 * <p>An embedder that forwards events to a message broker may use the same form. Thread-safe.
 *
 * <p>Polish: <i>postać JSON zdarzeń</i>.
 */
public final class EventJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TYPE = "@type";
  private static final String VALUE = "@value";
  private static final String LIBRARY = "pl.lsw.";

  /** Types written as text by {@code toString()} and read by their parser. */
  private static final Map<Class<?>, Function<String, Object>> TEXTUAL = Map.ofEntries(
      Map.entry(String.class, s -> s),
      Map.entry(Instant.class, Instant::parse),
      Map.entry(LocalDate.class, LocalDate::parse),
      Map.entry(LocalDateTime.class, LocalDateTime::parse),
      Map.entry(LocalTime.class, LocalTime::parse),
      Map.entry(Duration.class, Duration::parse),
      Map.entry(Year.class, Year::parse),
      Map.entry(YearMonth.class, YearMonth::parse),
      Map.entry(UUID.class, UUID::fromString),
      Map.entry(URI.class, URI::create),
      Map.entry(BigDecimal.class, BigDecimal::new),
      Map.entry(BigInteger.class, BigInteger::new),
      Map.entry(FamilyReference.class, FamilyReference::of),
      Map.entry(TerytCode.class, TerytCode::of),
      Map.entry(Nip.class, Nip::of),
      Map.entry(Regon.class, Regon::of),
      Map.entry(KrsNumber.class, KrsNumber::of),
      Map.entry(RuleCode.class, RuleCode::of));

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class,
      short.class, Short.class, byte.class, Byte.class, double.class, Double.class,
      float.class, Float.class, char.class, Character.class);

  private static final Map<Class<?>, List<Attribute>> IMMUTABLES = new ConcurrentHashMap<>();

  private EventJson() {}

  /**
   * The JSON of a value.
   *
   * @param value the value (an event, an id …)
   * @return its JSON text
   * @throws IllegalArgumentException when the value holds a type this form cannot write
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(encode(value, value.getClass()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @param type its class, as {@link #type(String)} gives it
   * @param json the JSON text
   * @param <T> the type
   * @return the value
   * @throws IllegalArgumentException when the text is not a value of that type
   */
  public static <T> T read(Class<T> type, String json) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    return type.cast(decode(node, type));
  }

  /**
   * Reads an event written by {@link #write}.
   *
   * @param typeName the event's class name
   * @param json the JSON text
   * @return the event
   * @throws IllegalArgumentException when the name is not an event class of the library or the
   *     text is not such an event
   */
  public static DomainEvent readEvent(String typeName, String json) {
    Class<?> type = type(typeName);
    if (!DomainEvent.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(typeName + " is not an event");
    }
    return (DomainEvent) read(type, json);
  }

  /**
   * The class of a name written with a value: a class of the library or one of the JDK value
   * types this form writes.
   *
   * @param name the class name
   * @return the class
   * @throws IllegalArgumentException for any other name
   */
  public static Class<?> type(String name) {
    Objects.requireNonNull(name, "name");
    for (Class<?> known : TEXTUAL.keySet()) {
      if (known.getName().equals(name)) {
        return known;
      }
    }
    if (!name.startsWith(LIBRARY)) {
      throw new IllegalArgumentException("not a class of the library: " + name);
    }
    try {
      return Class.forName(name, false, EventJson.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("unknown class " + name, e);
    }
  }

  // --- writing -------------------------------------------------------------------------------

  private static JsonNode encode(Object value, Type declared) {
    if (value == null) {
      return NODES.nullNode();
    }
    Class<?> raw = raw(declared);
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? encode(optional.get(), argument(declared, 0)) : NODES.nullNode();
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      Type element = argument(declared, 0);
      items.forEach(item -> array.add(encode(item, element)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ArrayNode array = NODES.arrayNode();
      Type key = argument(declared, 0);
      Type entry = argument(declared, 1);
      map.forEach((k, v) -> array.add(NODES.arrayNode().add(encode(k, key)).add(encode(v, entry))));
      return array;
    }
    Class<?> actual = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    JsonNode node = encodeExact(value, actual);
    if (actual == raw || BOXES.get(raw) == actual) {
      return node;
    }
    ObjectNode typed = NODES.objectNode();
    typed.put(TYPE, actual.getName());
    typed.set(VALUE, node);
    return typed;
  }

  private static JsonNode encodeExact(Object value, Class<?> type) {
    if (value instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Character c) {
      return NODES.textNode(c.toString());
    }
    if (value instanceof Money money) {
      return NODES.numberNode(money.grosze());
    }
    if (TEXTUAL.containsKey(type)) {
      return NODES.textNode(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }
    if (!type.getName().startsWith(LIBRARY)) {
      throw new IllegalArgumentException("cannot write a " + type.getName());
    }
    ObjectNode object = NODES.objectNode();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        object.set(component.getName(),
            encode(invoke(component.getAccessor(), value), component.getGenericType()));
      }
      return object;
    }
    for (Attribute attribute : attributes(type)) {
      object.set(attribute.name(), encode(invoke(attribute.accessor(), value),
          attribute.accessor().getGenericReturnType()));
    }
    return object;
  }

  // --- reading -------------------------------------------------------------------------------

  private static Object decode(JsonNode node, Type declared) {
    Class<?> raw = raw(declared);
    if (raw == Optional.class) {
      return node == null || node.isNull() ? Optional.empty()
          : Optional.of(decode(node, argument(declared, 0)));
    }
    if (node == null || node.isNull()) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("no value for a " + raw.getName());
      }
      return null;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> items = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
          : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      Type element = argument(declared, 0);
      array(node).forEach(item -> items.add(decode(item, element)));
      if (items instanceof SortedSet<?>) {
        return java.util.Collections.unmodifiableSortedSet((SortedSet<Object>) items);
      }
      return items instanceof Set<?> ? java.util.Collections.unmodifiableSet((Set<Object>) items)
          : java.util.Collections.unmodifiableList((List<Object>) items);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      Type key = argument(declared, 0);
      Type entry = argument(declared, 1);
      array(node).forEach(pair -> map.put(decode(pair.get(0), key), decode(pair.get(1), entry)));
      return java.util.Collections.unmodifiableMap(map);
    }
    if (node.isObject() && node.has(TYPE)) {
      Class<?> actual = type(node.get(TYPE).asText());
      if (!boxed(raw).isAssignableFrom(actual)) {
        throw new IllegalArgumentException(actual.getName() + " is not a " + raw.getName());
      }
      return decodeExact(node.get(VALUE), actual);
    }
    return decodeExact(node, raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object decodeExact(JsonNode node, Class<?> type) {
    Class<?> boxed = boxed(type);
    if (boxed.isEnum()) {
      return Enum.valueOf((Class) boxed, node.asText());
    }
    if (boxed == Boolean.class) {
      return node.booleanValue();
    }
    if (boxed == Integer.class) {
      return Math.toIntExact(node.longValue());
    }
    if (boxed == Long.class) {
      return node.longValue();
    }
    if (boxed == Short.class) {
      return (short) node.intValue();
    }
    if (boxed == Byte.class) {
      return (byte) node.intValue();
    }
    if (boxed == Character.class) {
      return node.asText().charAt(0);
    }
    if (boxed == Money.class) {
      return Money.ofGrosze(node.longValue());
    }
    Function<String, Object> parser = TEXTUAL.get(boxed);
    if (parser != null) {
      return parser.apply(node.asText());
    }
    if (!boxed.getName().startsWith(LIBRARY) || !node.isObject()) {
      throw new IllegalArgumentException("cannot read a " + boxed.getName() + " from " + node);
    }
    if (boxed.isRecord()) {
      RecordComponent[] components = boxed.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = decode(node.get(components[i].getName()), components[i].getGenericType());
      }
      try {
        Constructor<?> canonical = boxed.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("the stored " + boxed.getName() + " is refused: "
            + e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot create a " + boxed.getName(), e);
      }
    }
    List<Attribute> attributes = attributes(boxed);
    try {
      Object builder = boxed.getMethod("builder").invoke(null);
      for (Attribute attribute : attributes) {
        Object value = decode(node.get(attribute.name()), attribute.accessor().getGenericReturnType());
        if (value != null) {
          attribute.setter().invoke(builder, value);
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("the stored " + boxed.getName() + " is refused: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot build a " + boxed.getName(), e);
    }
  }

  // --- types ---------------------------------------------------------------------------------

  /** An attribute of an Immutables value: its accessor and the builder's method that sets it. */
  private record Attribute(String name, Method accessor, Method setter) {}

  /**
   * The attributes of a generated Immutables value class: each method of its builder that takes
   * one argument and is named like an accessor of the value whose result it accepts.
   */
  private static List<Attribute> attributes(Class<?> type) {
    return IMMUTABLES.computeIfAbsent(type, t -> {
      Method builderFactory;
      try {
        builderFactory = t.getMethod("builder");
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("cannot write a " + t.getName()
            + ": neither a record nor an Immutables value", e);
      }
      if (!Modifier.isStatic(builderFactory.getModifiers())) {
        throw new IllegalArgumentException("cannot write a " + t.getName());
      }
      List<Attribute> found = new ArrayList<>();
      for (Method setter : builderFactory.getReturnType().getMethods()) {
        if (setter.getParameterCount() != 1 || setter.getDeclaringClass() == Object.class) {
          continue;
        }
        Method accessor;
        try {
          accessor = t.getMethod(setter.getName());
        } catch (NoSuchMethodException e) {
          continue;
        }
        if (Modifier.isStatic(accessor.getModifiers())
            || !setter.getParameterTypes()[0].isAssignableFrom(boxed(accessor.getReturnType()))
                && setter.getParameterTypes()[0] != accessor.getReturnType()) {
          continue;
        }
        found.add(new Attribute(setter.getName(), accessor, setter));
      }
      found.sort(java.util.Comparator.comparing(Attribute::name));
      List<Attribute> unique = new ArrayList<>();
      for (Attribute a : found) {
        if (unique.isEmpty() || !unique.get(unique.size() - 1).name().equals(a.name())) {
          unique.add(a);
        }
      }
      return List.copyOf(unique);
    });
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("reading " + accessor + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot read " + accessor, e);
    }
  }

  private static ArrayNode array(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array, got " + node.getNodeType());
    }
    return (ArrayNode) node;
  }

  private static Class<?> boxed(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type argument = p.getActualTypeArguments()[index];
      return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
    }
    return Object.class;
  }
}
