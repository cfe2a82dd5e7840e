/**
 * Information security risk treatment (ISO/IEC TS 27022 7.5; ISO/IEC 27001 6.1.3 and 8.3): per risk a treatment
 * option with its rationale, the controls selected from any catalog, a treatment plan, and the risk owner's acceptance
 * of the residual risk in a BPMN approval that is requested again when an acceptance expires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "7.5 Information security risk treatment")
package dev.ordo.risktreatment;
