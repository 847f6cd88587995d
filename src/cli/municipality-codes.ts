/**
 * Statistics Finland's municipality codes of 2026 (classification
 * kunta_1_20260101, valid from 2026-01-01: 308 municipalities, Åland
 * included) and the 33 bilingual ones (language status "bilingual, Finnish
 * majority" or "bilingual, Swedish majority"). For the CLI's producer
 * warnings only: the widgets get names from their own municipality table.
 *
 * Provenance: Statistics Finland's classification API as retrieved by the
 * geofi R package (rOpenGov/geofi, data/municipality_key_2026.rda, commit
 * a2fa3e3d, 2026-03-02), cross-checked against a second retrieval of
 * kunta_1_20260101 (same 308 codes) and, for the language status, against
 * Kotus's list and the Council of State decree for 2023–2032.
 */

/** The 308 codes, sorted. */
export const MUNICIPALITY_CODES_2026: ReadonlySet<string> = new Set(
  `
  005 009 010 016 018 019 020 035 043 046 047 049 050 051 052 060 061 062 065 069 071 072 074 075 076 077 078
  079 081 082 086 090 091 092 097 098 102 103 105 106 108 109 111 139 140 142 143 145 146 148 149 151 152 153
  165 167 169 170 171 172 176 177 178 179 181 182 186 202 204 205 208 211 213 214 216 217 218 224 226 230 231
  232 233 235 236 239 240 241 244 245 249 250 256 257 260 261 263 265 271 272 273 275 276 280 284 285 286 287
  288 290 291 295 297 300 301 304 305 309 312 316 317 318 320 322 398 399 400 402 403 405 407 408 410 416 417
  418 420 421 422 423 425 426 430 433 434 435 436 438 440 441 444 445 475 478 480 481 483 484 489 491 494 495
  498 499 500 503 504 505 507 508 529 531 535 536 538 541 543 545 560 561 562 563 564 576 577 578 580 581 583
  584 592 593 595 598 599 601 604 607 608 609 611 614 615 616 619 620 623 624 625 626 630 631 635 636 638 678
  680 681 683 684 686 687 689 691 694 697 698 700 702 704 707 710 729 732 734 736 738 739 740 742 743 746 747
  748 749 751 753 755 758 759 761 762 765 766 768 771 777 778 781 783 785 790 791 831 832 833 834 837 844 845
  846 848 849 850 851 853 854 857 858 859 886 887 889 890 892 893 895 905 908 915 918 921 922 924 925 927 931
  934 935 936 941 946 976 977 980 981 989 992
`
    .trim()
    .split(/\s+/),
);

/** The 33 bilingual municipalities (Finnish and Swedish). */
export const BILINGUAL_MUNICIPALITIES_2026: ReadonlySet<string> = new Set(
  `
  049 078 091 092 149 231 235 257 272 280 287 288 322 407 434 440 444 445 475 499 504 545 598 599 624 638 710
  753 755 853 893 905 946
`
    .trim()
    .split(/\s+/),
);
