/**
 * Control catalogs: the frameworks an ISMS selects its controls from and checks itself against. ISO/IEC 27001:2022
 * (clauses 4–10 as requirements, the 93 Annex A controls with their ISO/IEC 27002:2022 attributes) is built in and
 * shared by every organization; an organization imports further catalogs as OSCAL catalogs or profiles (NIST SP
 * 800-53 and its baselines) and mappings between catalogs, so that a control implemented once counts for every
 * requirement it is mapped to. Risk treatment (ISO/IEC 27001 6.1.3) and the Statement of Applicability read the
 * catalogs through {@link dev.ordo.frameworks.Frameworks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Control catalogs (frameworks)")
package dev.ordo.frameworks;
