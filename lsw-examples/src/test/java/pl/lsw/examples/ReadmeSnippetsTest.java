package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md, in the order written, compiled and run as one program with the
 * imports of the library's packages: the guide says only what works. The H2 database of the
 * guide is moved to a temporary directory.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");

  @TempDir
  Path dir;

  @Test
  void every_java_block_of_the_readme_compiles_and_runs() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertFalse(blocks.isEmpty(), "README.md has no Java block");
    String body = String.join("\n", blocks)
        .replace("jdbc:h2:./lsw-data/lsw", "jdbc:h2:" + dir.resolve("lsw").toAbsolutePath().toString().replace('\\', '/'));

    StringBuilder source = new StringBuilder("package readme;\n");
    for (String p : libraryPackages()) {
      source.append("import ").append(p).append(".*;\n");
    }
    source.append("import java.util.*;\nimport java.util.concurrent.*;\nimport java.time.*;\n")
        .append("import javax.sql.DataSource;\nimport com.zaxxer.hikari.*;\n")
        .append("public class Guide {\n  public static void run() throws Exception {\n")
        .append(body).append("\n  }\n}\n");
    Path src = dir.resolve("src/readme/Guide.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
            "-encoding", "UTF-8", "-proc:none"),
        null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(src.toFile())).call();
    assertTrue(compiled, () -> "the README's Java does not compile:\n" + diagnostics + "\n" + source);

    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Method run = loader.loadClass("readme.Guide").getMethod("run");
      run.invoke(null);
    } finally {
      System.setOut(original);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("FIN-SMALL-GRANT-AMOUNT") && out.contains("10 000,00 zł"), out);
  }

  /** Every package of the library holding a public class, for wildcard imports. */
  private static SortedSet<String> libraryPackages() {
    SortedSet<String> packages = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("pl.lsw.core", "pl.lsw.store", "pl.lsw.interchange")) {
      if (c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          && !c.isNestedClass()) {
        packages.add(c.getPackageName());
      }
    }
    return packages;
  }
}
