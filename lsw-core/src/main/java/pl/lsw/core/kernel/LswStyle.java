package pl.lsw.core.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one code-generation style of the library's immutable values.
 *
 * <p>An abstract definition is written as the package-private {@code AbstractOrganisation}, so it
 * is not part of the public API; callers use the generated
 * public {@code Organisation} with {@code Organisation.builder()}, {@code Organisation.copyOf(..)}
 * and {@code withX(..)} methods. Generated code uses the JDK only, so the runtime needs neither
 * Immutables nor Guava.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    get = {"get*", "is*"},
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    allParameters = false,
    strictBuilder = false,
    allowedClasspathAnnotations = {Override.class})
public @interface LswStyle {}
