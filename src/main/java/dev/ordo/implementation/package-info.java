/**
 * Security implementation management (ISO/IEC TS 27022 7.6; ISO/IEC 27001 8.1 and Annex A as implemented): the
 * organization's applied controls with status, owner, due date, evidence and verification history, overdue tracking,
 * and coverage of a catalog directly or through mapped controls of other catalogs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "7.6 Security implementation management")
package dev.ordo.implementation;
