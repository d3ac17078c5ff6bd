/* data/partners.csv: territory names from CLDR as ICU holds them (code, English, Simplified Chinese, Urdu); empty where ICU has no name of its own. */
#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
static void name(const char *region, const char *lang, char *out, int n) {
  char loc[16]; snprintf(loc, sizeof loc, "und_%s", region);
  UChar buf[256]; UErrorCode st = U_ZERO_ERROR;
  int32_t len = uloc_getDisplayCountry(loc, lang, buf, 256, &st);
  out[0] = 0;
  if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING || st == U_USING_FALLBACK_WARNING) return;
  st = U_ZERO_ERROR; u_strToUTF8(out, n, NULL, buf, len, &st);
  if (strcmp(out, region) == 0) out[0] = 0; /* the code echoed back: no name */
}
int main(void) {
  printf("code,en,zh-Hans,ur\n");
  for (const char * const *c = uloc_getISOCountries(); *c; c++) {
    char en[512], zh[512], ur[512];
    name(*c, "en", en, 512); name(*c, "zh_Hans", zh, 512); name(*c, "ur", ur, 512);
    printf("%s,\"%s\",\"%s\",\"%s\"\n", *c, en, zh, ur);
  }
  printf("# %s\n", U_ICU_VERSION);
  return 0;
}
