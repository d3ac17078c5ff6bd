using System.Collections.Frozen;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// ISO 3166-1 alpha-3 to alpha-2, as UN Comtrade+ names countries (<c>PAK</c>) and the store does (<c>PK</c>).
/// Taken from Debian's iso-codes (ISO 3166-1, 249 countries); Comtrade's areas "nes" (<c>S19</c>, <c>_X</c>) are not
/// countries and stay out.
/// </summary>
public static class Countries
{
    /// <summary>UN Comtrade+'s code for all partners together.</summary>
    public const string ComtradeWorld = "W00";

    private static readonly FrozenDictionary<string, string> s_alpha2 = (
        "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI " +
        "BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT " +
        "BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU " +
        "CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET " +
        "FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR " +
        "GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR " +
        "IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB " +
        "LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH " +
        "MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE " +
        "NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL " +
        "PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ " +
        "SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC " +
        "TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY " +
        "USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW "        ).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenDictionary(pair => pair[..3], pair => pair[3..], StringComparer.OrdinalIgnoreCase);

    /// <summary>The alpha-2 code of an alpha-3 code (<c>CHN</c> → <c>CN</c>), if it names a country.</summary>
    public static bool TryAlpha2(string? alpha3, out string alpha2) =>
        s_alpha2.TryGetValue(alpha3?.Trim() ?? "", out alpha2!);

    /// <summary>
    /// UN Comtrade+'s numeric country codes (M49, as its API's <c>reporterCode</c> and <c>partnerCode</c> give them) to
    /// ISO 3166-1 alpha-2: ISO's numeric codes from Debian's iso-codes, but for the six countries Comtrade numbers its own
    /// way (France 251, Italy 381, Norway 579, India 699, Switzerland 757, USA 842; ISO's 250, 380, 578, 356, 756 and 840
    /// are former or partial areas there) and for 158, which Comtrade does not use (its 490 "Other Asia, nes" is an area).
    /// Areas, groups and "nes" codes are not countries and stay out (docs/decisions/0121).
    /// </summary>
    private static readonly FrozenDictionary<int, string> s_numeric = (
        "4AF 8AL 10AQ 12DZ 16AS 20AD 24AO 28AG 31AZ 32AR 36AU 40AT 44BS 48BH 50BD 51AM 52BB 56BE 60BM 64BT 68BO 70BA " +
        "72BW 74BV 76BR 84BZ 86IO 90SB 92VG 96BN 100BG 104MM 108BI 112BY 116KH 120CM 124CA 132CV 136KY 140CF 144LK " +
        "148TD 152CL 156CN 162CX 166CC 170CO 174KM 175YT 178CG 180CD 184CK 188CR 191HR 192CU 196CY 203CZ 204BJ 208DK " +
        "212DM 214DO 218EC 222SV 226GQ 231ET 232ER 233EE 234FO 238FK 239GS 242FJ 246FI 248AX 251FR 254GF 258PF 260TF " +
        "262DJ 266GA 268GE 270GM 275PS 276DE 288GH 292GI 296KI 300GR 304GL 308GD 312GP 316GU 320GT 324GN 328GY 332HT " +
        "334HM 336VA 340HN 344HK 348HU 352IS 360ID 364IR 368IQ 372IE 376IL 381IT 384CI 388JM 392JP 398KZ 400JO 404KE " +
        "408KP 410KR 414KW 417KG 418LA 422LB 426LS 428LV 430LR 434LY 438LI 440LT 442LU 446MO 450MG 454MW 458MY 462MV " +
        "466ML 470MT 474MQ 478MR 480MU 484MX 492MC 496MN 498MD 499ME 500MS 504MA 508MZ 512OM 516NA 520NR 524NP 528NL " +
        "531CW 533AW 534SX 535BQ 540NC 548VU 554NZ 558NI 562NE 566NG 570NU 574NF 579NO 580MP 581UM 583FM 584MH 585PW " +
        "586PK 591PA 598PG 600PY 604PE 608PH 612PN 616PL 620PT 624GW 626TL 630PR 634QA 638RE 642RO 643RU 646RW 652BL " +
        "654SH 659KN 660AI 662LC 663MF 666PM 670VC 674SM 678ST 682SA 686SN 688RS 690SC 694SL 699IN 702SG 703SK 704VN " +
        "705SI 706SO 710ZA 716ZW 724ES 728SS 729SD 732EH 740SR 744SJ 748SZ 752SE 757CH 760SY 762TJ 764TH 768TG 772TK " +
        "776TO 780TT 784AE 788TN 792TR 795TM 796TC 798TV 800UG 804UA 807MK 818EG 826GB 831GG 832JE 833IM 834TZ 842US " +
        "850VI 854BF 858UY 860UZ 862VE 876WF 882WS 887YE 894ZM "
        ).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenDictionary(pair => int.Parse(pair[..^2], System.Globalization.CultureInfo.InvariantCulture), pair => pair[^2..]);

    /// <summary>UN Comtrade+'s numeric code for all partners together.</summary>
    public const int ComtradeWorldCode = 0;

    /// <summary>The alpha-2 code of a UN Comtrade+ numeric country code (<c>586</c> → <c>PK</c>), if it names a country.</summary>
    public static bool TryComtradeCode(int code, out string alpha2) => s_numeric.TryGetValue(code, out alpha2!);

    /// <summary>The UN Comtrade+ numeric code of a country (<c>PK</c> → <c>586</c>), if it has one.</summary>
    public static bool TryComtradeCode(string alpha2, out int code)
    {
        foreach (var (number, country) in s_numeric)
        {
            if (country.Equals(alpha2, StringComparison.OrdinalIgnoreCase))
            {
                code = number;
                return true;
            }
        }
        code = 0;
        return false;
    }
}
