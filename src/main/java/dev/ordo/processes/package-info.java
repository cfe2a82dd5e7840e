/**
 * The ISO/IEC TS 27022 process reference model as the backbone of Ordo: the 17 processes with purpose, activities,
 * inputs and results, and each organization's tailoring of them (applicable or not, owner and deputies, target
 * capability level). A tailoring change takes effect only after top management approved it (ISO/IEC 27001 5.1, 5.3),
 * in a BPMN approval.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ISMS processes (TS 27022 reference model)")
package dev.ordo.processes;
