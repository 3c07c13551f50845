package pl.lsw.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.organisation.Organisation;

/**
 * The organisation registry on an embedded H2 file database: registers the Praski Kokon partners
 * (once; a second run finds them by NIP instead of registering them again), prints them, lists
 * the registry by the TERYT prefix of Warsaw, and prints the rule catalog.
 */
final class RegistryExample {

  private RegistryExample() {}

  static void run(ExampleOptions options) throws Exception {
    Lsw lsw = ExampleLsw.open(options.database());
    System.out.println(options.text(
        "Baza danych: " + options.database().toAbsolutePath() + ".mv.db",
        "Database: " + options.database().toAbsolutePath() + ".mv.db"));
    System.out.println();
    System.out.println(options.text("Partnerzy LSW \"Praski Kokon\":", "Partners of the LSW \"Praski Kokon\":"));
    List<Organisation> registered = new ArrayList<>();
    for (PraskiKokon.Partner partner : PraskiKokon.partners()) {
      Nip nip = Nip.of(partner.draft().nip().orElseThrow());
      Organisation organisation = lsw.organisations().findByNip(nip)
          .orElseGet(() -> Outcomes.applied(lsw.organisations().register(Outcomes.CLERK, partner.draft())));
      registered.add(organisation);
      System.out.println(describe(organisation, options.text(partner.role(), partner.roleEn()), options));
    }
    System.out.println();
    Page<Organisation> warsaw = lsw.organisations().listBySeatTerytPrefix("1465", PageRequest.first(10));
    System.out.println(options.text(
        "Organizacje z siedzibą w Warszawie (TERYT 1465…): " + warsaw.totalItems(),
        "Organisations seated in Warsaw (TERYT 1465…): " + warsaw.totalItems()));
    System.out.println();
    CatalogExample.print(lsw, options);
  }

  static String describe(Organisation o, String role, ExampleOptions options) {
    String fields = o.fields().stream()
        .map(f -> f.display(options.locale()))
        .sorted()
        .collect(Collectors.joining(", "));
    StringBuilder sb = new StringBuilder();
    sb.append("- ").append(o.name()).append(" [").append(role).append("]\n");
    sb.append("    ").append(options.text("forma prawna: ", "legal form: "))
        .append(o.legalForm().display(options.locale()))
        .append("; ").append(options.text("sektor: ", "sector: "))
        .append(o.sector().display(options.locale()))
        .append('\n');
    sb.append("    NIP ").append(o.nip().map(Nip::formatted).orElse("-"))
        .append(", REGON ").append(o.regon().map(Object::toString).orElse("-"))
        .append(", KRS ").append(o.krs().map(Object::toString).orElse("-"))
        .append(", TERYT ").append(o.seat().teryt().value()).append('\n');
    sb.append("    ").append(options.text("dziedziny: ", "fields: ")).append(fields).append('\n');
    sb.append("    ").append(options.text("wersja: ", "version: ")).append(o.version());
    return sb.toString();
  }
}
