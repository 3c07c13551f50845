package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.kernel.NipTest.codes;

import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerytCodeTest {

  private static TerytCode t(String text) {
    return TerytCode.of(text);
  }

  @Nested
  class Reading {

    @ParameterizedTest
    @CsvSource({
        "14, VOIVODESHIP",
        "02, VOIVODESHIP",
        "32, VOIVODESHIP",
        "1465, COUNTY",
        "3201, COUNTY",
        "0201, COUNTY",
        "3201033, COMMUNE_UNIT",
        "3201034, COMMUNE_UNIT",
        "3201035, COMMUNE_UNIT",
        "1465011, COMMUNE_UNIT",
        "1465088, COMMUNE_UNIT",
        "1261029, COMMUNE_UNIT",
        "1061069, COMMUNE_UNIT",
        "3064049, COMMUNE_UNIT",
        "0264039, COMMUNE_UNIT",
        "0201012, COMMUNE_UNIT",
        "3299991, COMMUNE_UNIT"})
    void well_formed_codes_are_read_at_their_level(String text, TerytLevel level) {
      TerytCode code = t(text);
      assertEquals(text, code.value());
      assertEquals(text, code.toString());
      assertEquals(level, code.level());
      assertEquals(level.digits(), code.value().length());
    }

    @Test
    void white_space_around_the_code_is_ignored() {
      assertEquals(t("3201033"), t(" 3201033\n"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void an_empty_code_is_reported_as_empty_only(String text) {
      assertEquals(List.of("TERYT_EMPTY"), codes(TerytCode.parse(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32 01 033", "3201-033", "32O1033", "320103a"})
    void anything_but_digits_is_refused(String text) {
      var problems = TerytCode.parse(text).getError();
      assertTrue(problems.map(Problem::code).contains("TERYT_CHARACTERS"));
      assertTrue(problems.head().message().contains("\"" + text + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "146", "14650", "146508", "14650881", "32010330"})
    void only_two_four_or_seven_digits_are_a_code(String text) {
      var problems = TerytCode.parse(text).getError();
      assertEquals(List.of("TERYT_LENGTH"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("has " + text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "03", "31", "33", "34", "98", "1501", "3401033"})
    void a_voivodeship_is_an_even_number_from_02_to_32(String text) {
      var problems = TerytCode.parse(text).getError();
      assertEquals(List.of("TERYT_VOIVODESHIP"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("\"" + text + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1400", "1400011"})
    void county_00_is_refused(String text) {
      assertEquals(List.of("TERYT_COUNTY"), codes(TerytCode.parse(text)));
    }

    @Test
    void county_01_and_99_are_the_bounds() {
      assertEquals("1401", t("1401").value());
      assertEquals("1499", t("1499").value());
    }

    @Test
    void commune_00_is_refused_and_01_and_99_are_the_bounds() {
      assertEquals(List.of("TERYT_COMMUNE"), codes(TerytCode.parse("3201003")));
      assertEquals("3201013", t("3201013").value());
      assertEquals("3201993", t("3201993").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3201030", "3201036", "3201037"})
    void type_digits_0_6_and_7_are_not_types(String text) {
      var problems = TerytCode.parse(text).getError();
      assertEquals(List.of("TERYT_TYPE"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("type " + text.charAt(6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3201038", "1261018", "1463018", "1466018"})
    void a_district_of_warsaw_exists_only_under_county_1465(String text) {
      var problems = TerytCode.parse(text).getError();
      assertEquals(List.of("TERYT_TYPE"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("Warsaw"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1465029", "3201039", "1262029", "2261029"})
    void a_delegation_exists_only_in_krakow_lodz_poznan_and_wroclaw(String text) {
      var problems = TerytCode.parse(text).getError();
      assertEquals(List.of("TERYT_TYPE"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("delegation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1261029", "1061029", "3064029", "0264029"})
    void delegations_are_valid_in_each_of_the_four_cities(String text) {
      assertEquals(Optional.of(TerytUnitType.DELEGATION), t(text).unitType());
    }

    @Test
    void every_problem_of_the_parts_is_reported_at_once() {
      var problems = TerytCode.parse("0100007").getError();
      assertEquals(
          List.of("TERYT_VOIVODESHIP", "TERYT_COUNTY", "TERYT_COMMUNE", "TERYT_TYPE"),
          problems.map(Problem::code).toJavaList());
      assertTrue(problems.forAll(p -> p.message().contains("\"0100007\"")));
    }

    @Test
    void a_wrong_length_and_an_illegal_character_are_both_reported() {
      assertEquals(List.of("TERYT_CHARACTERS", "TERYT_LENGTH"), codes(TerytCode.parse("14x5")));
    }

    @Test
    void of_throws_with_every_problem() {
      var e = assertThrows(InvalidInputException.class, () -> TerytCode.of("3301018"));
      assertEquals(List.of("TERYT_VOIVODESHIP", "TERYT_TYPE"),
          e.problems().stream().map(Problem::code).collect(Collectors.toList()));
    }
  }

  @Nested
  class Parts {

    @Test
    void a_commune_level_unit_has_all_parts() {
      TerytCode town = t("3201034");
      assertEquals("32", town.voivodeshipCode());
      assertEquals(Optional.of("3201"), town.countyCode());
      assertEquals(Optional.of(TerytUnitType.TOWN_IN_URBAN_RURAL_COMMUNE), town.unitType());
    }

    @Test
    void a_county_has_no_unit_type_and_a_voivodeship_no_county() {
      assertEquals(Optional.of("1465"), t("1465").countyCode());
      assertEquals(Optional.empty(), t("1465").unitType());
      assertEquals("14", t("14").voivodeshipCode());
      assertEquals(Optional.empty(), t("14").countyCode());
      assertEquals(Optional.empty(), t("14").unitType());
    }

    @ParameterizedTest
    @CsvSource({
        "3201033, URBAN_RURAL_COMMUNE",
        "3201034, TOWN_IN_URBAN_RURAL_COMMUNE",
        "3201035, RURAL_AREA_OF_URBAN_RURAL_COMMUNE",
        "1465011, URBAN_COMMUNE",
        "3201022, RURAL_COMMUNE",
        "1465088, WARSAW_DISTRICT",
        "1261029, DELEGATION"})
    void the_seventh_digit_is_the_unit_type(String text, TerytUnitType type) {
      assertEquals(Optional.of(type), t(text).unitType());
      assertEquals(text.charAt(6) - '0', type.digit());
    }

    @ParameterizedTest
    @CsvSource({
        "1465, true", "1461, true", "1499, true", "1460, false", "1401, false",
        "1465088, true", "3201033, false", "14, false"})
    void counties_61_to_99_are_cities_with_county_rights(String text, boolean city) {
      assertEquals(city, t(text).isCityWithCountyRights());
    }
  }

  @Nested
  class Navigation {

    @Test
    void the_town_and_rural_area_of_karlino_belong_to_the_urban_rural_commune() {
      assertEquals(Optional.of(t("3201033")), t("3201034").commune());
      assertEquals(Optional.of(t("3201033")), t("3201035").commune());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3201033", "1465011", "3201022"})
    void the_commune_of_a_commune_is_itself(String text) {
      assertEquals(Optional.of(t(text)), t(text).commune());
    }

    @Test
    void a_district_of_warsaw_belongs_to_the_city_commune_of_warsaw() {
      assertEquals(Optional.of(t("1465011")), t("1465088").commune());
    }

    @Test
    void a_delegation_belongs_to_its_city_commune() {
      assertEquals(Optional.of(t("1261011")), t("1261049").commune());
      assertEquals(Optional.of(t("0264011")), t("0264069").commune());
    }

    @Test
    void counties_and_voivodeships_have_no_commune() {
      assertEquals(Optional.empty(), t("3201").commune());
      assertEquals(Optional.empty(), t("32").commune());
    }

    @Test
    void county_and_voivodeship_of_each_level() {
      assertEquals(Optional.of(t("1465")), t("1465088").county());
      assertEquals(Optional.of(t("1465")), t("1465").county());
      assertEquals(Optional.empty(), t("14").county());
      assertEquals(t("14"), t("1465088").voivodeship());
      assertEquals(t("14"), t("1465").voivodeship());
      assertEquals(t("14"), t("14").voivodeship());
    }

    @Test
    void parents_run_from_the_voivodeship_to_the_nearest_unit() {
      assertEquals(List.of(t("14"), t("1465"), t("1465011")), t("1465088").parents());
      assertEquals(List.of(t("32"), t("3201"), t("3201033")), t("3201034").parents());
      assertEquals(List.of(t("32"), t("3201"), t("3201033")), t("3201035").parents());
      assertEquals(List.of(t("32"), t("3201")), t("3201033").parents());
      assertEquals(List.of(t("32")), t("3201").parents());
      assertEquals(List.of(), t("32").parents());
    }

    @Test
    void parents_cannot_be_modified() {
      assertThrows(UnsupportedOperationException.class, () -> t("3201034").parents().clear());
    }

    @Test
    void a_unit_is_within_its_commune_county_and_voivodeship_and_itself() {
      TerytCode town = t("3201034");
      assertTrue(town.isWithin(t("3201033")));
      assertTrue(town.isWithin(t("3201")));
      assertTrue(town.isWithin(t("32")));
      assertTrue(town.isWithin(town));
    }

    @Test
    void a_district_is_within_its_city() {
      assertTrue(t("1465088").isWithin(t("1465011")));
      assertTrue(t("1465088").isWithin(t("1465")));
      assertTrue(t("1465088").isWithin(t("14")));
    }

    @Test
    void a_unit_is_not_within_a_sibling_a_part_or_another_area() {
      assertFalse(t("3201035").isWithin(t("3201034")));
      assertFalse(t("3201033").isWithin(t("3201034")));
      assertFalse(t("3201").isWithin(t("3201033")));
      assertFalse(t("14").isWithin(t("1465")));
      assertFalse(t("1465088").isWithin(t("1465078")));
      assertFalse(t("3201034").isWithin(t("3202")));
      assertFalse(t("3201034").isWithin(t("30")));
    }

    @Test
    void units_can_be_listed_by_prefix() {
      assertTrue(t("3201034").hasPrefix("32"));
      assertTrue(t("3201034").hasPrefix("3201"));
      assertTrue(t("3201034").hasPrefix("320103"));
      assertTrue(t("3201034").hasPrefix(""));
      assertFalse(t("3201034").hasPrefix("3202"));
      assertFalse(t("32").hasPrefix("3201"));
    }

    @Test
    void codes_are_equal_by_digits() {
      assertEquals(t("1465088"), t("1465088"));
      assertEquals(t("1465088").hashCode(), t(" 1465088").hashCode());
      assertNotEquals(t("1465"), t("14"));
    }
  }

  @Nested
  class UnitTypes {

    @Test
    void each_type_has_its_digit_and_polish_and_english_names() {
      assertEquals(7, TerytUnitType.values().length);
      assertEquals("gmina miejsko-wiejska", TerytUnitType.URBAN_RURAL_COMMUNE.polishName());
      assertEquals("urban-rural commune", TerytUnitType.URBAN_RURAL_COMMUNE.englishName());
      assertEquals("delegatura", TerytUnitType.DELEGATION.polishName());
      assertEquals(8, TerytUnitType.WARSAW_DISTRICT.digit());
      for (TerytUnitType type : TerytUnitType.values()) {
        assertEquals(Optional.of(type), TerytUnitType.ofDigit(type.digit()));
        assertFalse(type.polishName().isBlank());
        assertFalse(type.englishName().isBlank());
      }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 7, 10})
    void other_digits_are_no_type(int digit) {
      assertEquals(Optional.empty(), TerytUnitType.ofDigit(digit));
    }

    @Test
    void only_types_1_2_and_3_are_whole_communes() {
      assertTrue(TerytUnitType.URBAN_COMMUNE.isCommune());
      assertTrue(TerytUnitType.RURAL_COMMUNE.isCommune());
      assertTrue(TerytUnitType.URBAN_RURAL_COMMUNE.isCommune());
      assertFalse(TerytUnitType.TOWN_IN_URBAN_RURAL_COMMUNE.isCommune());
      assertFalse(TerytUnitType.RURAL_AREA_OF_URBAN_RURAL_COMMUNE.isCommune());
      assertFalse(TerytUnitType.WARSAW_DISTRICT.isCommune());
      assertFalse(TerytUnitType.DELEGATION.isCommune());
    }

    @Test
    void levels_have_their_lengths_and_polish_names() {
      assertEquals(2, TerytLevel.VOIVODESHIP.digits());
      assertEquals(4, TerytLevel.COUNTY.digits());
      assertEquals(7, TerytLevel.COMMUNE_UNIT.digits());
      assertEquals("powiat", TerytLevel.COUNTY.polishName());
    }
  }
}
