/** Web helpers every module's controllers use: paging parameters and form error binding. */
@org.springframework.modulith.NamedInterface("web")
package dev.ordo.platform.web;
