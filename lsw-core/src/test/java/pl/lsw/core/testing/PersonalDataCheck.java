package pl.lsw.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds places meant to hold personal data of a family: a column of a table or a property of a
 * type (its owner) whose name speaks of a name, surname, PESEL, date of birth, address or health
 * data. One checker for the JDBC schema (owner = table) and for the public model of the core
 * (owner = the type's full name), so both say the same thing.
 *
 * <p>A slot is reported when:
 *
 * <ul>
 *   <li>its name holds a word of {@link #SENSITIVE} (PESEL, surname, birth, health, disability
 *       …): such data has no place in the library at all, so no allow-list entry excuses it;
 *   <li>its name holds a word of {@link #ADDRESS}, unless the allow-list names it (organisations
 *       and public bodies have addresses; families have none in the library);
 *   <li>its name holds a word of {@link #IDENTITY} (name, phone, e-mail, contact) and the slot or
 *       its owner speaks of a family ({@link #FAMILY}): never excused;
 *   <li>its name holds a word of {@link #IDENTITY} and its owner is a person ({@link #PERSON}),
 *       unless the allow-list names it (the professionals of partners and public bodies).
 * </ul>
 *
 * <p>Names are compared in lower case, without diacritics, with underscores removed, so {@code
 * familyName}, {@code family_name} and {@code nazwisko_rodziny} are all found.
 */
public final class PersonalDataCheck {

  /** Words that never belong in the library: identity numbers, birth and health data. */
  public static final List<String> SENSITIVE = List.of("pesel", "surname", "nazwisk",
      "lastname", "maidenname", "birth", "urodz", "health", "zdrow", "diagnos", "disabil",
      "niepelnospr", "illness", "disease", "chorob", "medical", "medycz", "identitycard",
      "dowodosob");

  /** Words of an address. */
  public static final List<String> ADDRESS = List.of("address", "adres", "street", "ulica",
      "postcode", "postal", "pocztow", "zamieszk", "domicile");

  /** Words of a person's identity and ways to reach the person. */
  public static final List<String> IDENTITY = List.of("name", "imie", "phone", "telefon",
      "mail", "contact", "kontakt");

  /** Words that say the slot or its owner is about a family or a member of one. */
  public static final List<String> FAMILY = List.of("famil", "rodzin", "household",
      "gospodarstw", "beneficiar", "podopieczn", "individualplan");

  /** Words that say the owner is a person. */
  public static final List<String> PERSON = List.of("person", "contact", "member", "clerk",
      "official", "representative", "assessor", "osob", "worker");

  /**
   * A column of a table or a property of a type.
   *
   * @param owner the table or the type's full name
   * @param name the column or property
   */
  public record Slot(String owner, String name) {
    @Override
    public String toString() {
      return owner + "." + name;
    }
  }

  /**
   * Slots that may hold a name or an address because they are not a family's, with the reason.
   *
   * @param owner the table or the type's full name, exactly
   * @param names the columns or properties allowed
   * @param reason why they are legitimate
   */
  public record Allowed(String owner, Set<String> names, String reason) {
    /** Checks that a reason is given. */
    public Allowed {
      names = Set.copyOf(names);
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("an allowed slot needs a reason: " + owner);
      }
    }

    boolean covers(Slot slot) {
      return owner.equals(slot.owner()) && names.contains(slot.name());
    }
  }

  /**
   * Imports production classes only: not test classes, whether they come from a test-classes
   * directory (a build of one module) or from a test-jar (a reactor build up to {@code verify}).
   */
  public static final ImportOption PRODUCTION_ONLY = location ->
      ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
          && !location.matches(Pattern.compile(".*-tests\\.jar.*"));

  private PersonalDataCheck() {}

  /**
   * The slots that look meant for personal data of a family, in order.
   *
   * @param slots the columns or properties
   * @param allowed the explicit exceptions
   * @return the findings, each as {@code owner.name: why}
   */
  public static List<String> findings(Collection<Slot> slots, Collection<Allowed> allowed) {
    Set<String> found = new TreeSet<>();
    for (Slot slot : slots) {
      String name = normal(slot.name());
      String owner = normal(slot.owner());
      boolean excused = allowed.stream().anyMatch(a -> a.covers(slot));
      boolean familyish = any(name, FAMILY) || any(owner, FAMILY);
      if (any(name, SENSITIVE)) {
        found.add(slot + ": sensitive data");
      } else if (any(name.replace("addressee", ""), ADDRESS) && !excused) {
        found.add(slot + ": an address");
      } else if (any(name, IDENTITY) && familyish) {
        found.add(slot + ": a family's identity or contact");
      } else if (any(name, IDENTITY) && any(owner, PERSON) && !excused) {
        found.add(slot + ": a person's identity or contact");
      }
    }
    return List.copyOf(found);
  }

  /**
   * The allow-list entries that cover no slot: an entry left behind after a rename is an error.
   *
   * @param slots the columns or properties
   * @param allowed the explicit exceptions
   * @return the unused entries, as {@code owner.name}
   */
  public static List<String> unused(Collection<Slot> slots, Collection<Allowed> allowed) {
    List<String> unused = new ArrayList<>();
    for (Allowed a : allowed) {
      for (String name : a.names()) {
        if (!slots.contains(new Slot(a.owner(), name))) {
          unused.add(a.owner() + "." + name);
        }
      }
    }
    return unused;
  }

  /**
   * The properties of the public types of the packages: every public instance method without
   * parameters that returns a value (accessors of values, of Immutables-generated types and of
   * records), the components of records, and the public instance fields. The property's name is
   * the method's, without a {@code get} or {@code is} prefix. Enumerations are left out: their
   * constants are fixed by the library and their labels ({@code polishName}) hold no one's data.
   *
   * @param packages the packages, with their sub-packages
   * @param withTests whether test classes are read too (for fixtures)
   * @return the properties, owner = the type's full name
   */
  public static Set<Slot> properties(boolean withTests, String... packages) {
    ClassFileImporter importer = new ClassFileImporter();
    if (!withTests) {
      importer = importer.withImportOption(PRODUCTION_ONLY);
    }
    Set<Slot> slots = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    for (JavaClass type : importer.importPackages(packages)) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.isAnonymousClass()
          || type.isEnum()) {
        continue;
      }
      String owner = type.getName();
      for (JavaMethod m : type.getAllMethods()) {
        if (m.getOwner().getPackageName().startsWith("pl.lsw.")
            && m.getModifiers().contains(JavaModifier.PUBLIC)
            && !m.getModifiers().contains(JavaModifier.STATIC)
            && !m.getModifiers().contains(JavaModifier.SYNTHETIC)
            && !m.getModifiers().contains(JavaModifier.BRIDGE)
            && m.getRawParameterTypes().isEmpty()
            && !m.getRawReturnType().getName().equals("void")) {
          slots.add(new Slot(owner, property(m.getName())));
        }
      }
      type.getFields().stream()
          .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC)
              && !f.getModifiers().contains(JavaModifier.STATIC))
          .forEach(f -> slots.add(new Slot(owner, f.getName())));
      if (type.isRecord()) {
        for (RecordComponent c : type.reflect().getRecordComponents()) {
          slots.add(new Slot(owner, c.getName()));
        }
      }
    }
    return slots;
  }

  private static String property(String method) {
    for (String prefix : List.of("get", "is")) {
      if (method.length() > prefix.length() && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }

  private static boolean any(String text, List<String> words) {
    return words.stream().anyMatch(text::contains);
  }

  /** Lower case, Polish letters without diacritics (ł as l), no underscores. */
  static String normal(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l').replace("_", "");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
