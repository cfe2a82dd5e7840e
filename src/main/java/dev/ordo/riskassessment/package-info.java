/**
 * Information security risk assessment (ISO/IEC TS 27022 7.4; ISO/IEC 27001 6.1.2 and 8.2): the asset inventory with
 * protection needs inherited along dependencies, the organization's risk criteria (likelihood and consequence scales,
 * risk matrix, acceptance threshold), risk identification (asset-based and event-based), analysis and evaluation with
 * a full rating history, and reassessment when change, incident or requirements management say so.
 */
@org.springframework.modulith.ApplicationModule(displayName = "7.4 Information security risk assessment")
package dev.ordo.riskassessment;
