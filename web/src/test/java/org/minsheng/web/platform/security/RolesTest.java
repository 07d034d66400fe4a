package org.minsheng.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.domain.Role;

/** One set of role names: the constants, the staff enum, web.xml and every {@code @RolesAllowed} agree. */
class RolesTest {

    private static Set<String> constants() {
        return Arrays.stream(Roles.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(RolesTest::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void constantsNameEveryStaffRoleAndTheResident() {
        Set<String> names = Arrays.stream(Role.values()).map(Role::roleName)
                .collect(Collectors.toCollection(TreeSet::new));
        names.add(Roles.RESIDENT);
        assertThat(constants()).isEqualTo(names);
    }

    @Test
    void webXmlDeclaresExactlyTheseRoles() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<security-role>\\s*<role-name>([^<]+)</role-name>").matcher(webXml);
        Set<String> declared = new TreeSet<>();
        while (m.find()) {
            declared.add(m.group(1).trim());
        }
        assertThat(declared).isEqualTo(constants());
    }

    @Test
    void everyRolesAllowedNamesADeclaredRole() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minsheng");
        Set<String> used = new TreeSet<>();
        classes.forEach(c -> Stream.concat(Stream.of(c), c.getMethods().stream().map(m -> m))
                .forEach(member -> {
                    var annotated = member instanceof com.tngtech.archunit.core.domain.JavaClass jc
                            ? jc.tryGetAnnotationOfType(RolesAllowed.class)
                            : ((com.tngtech.archunit.core.domain.JavaMethod) member)
                                    .tryGetAnnotationOfType(RolesAllowed.class);
                    annotated.ifPresent(a -> used.addAll(Arrays.asList(a.value())));
                }));
        assertThat(used).isNotEmpty();
        assertThat(constants()).containsAll(used);
    }
}
