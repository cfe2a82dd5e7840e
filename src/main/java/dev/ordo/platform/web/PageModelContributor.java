package dev.ordo.platform.web;

import org.springframework.ui.ModelMap;

/** Adds what a module wants every page's layout to have (evaluated only when a page is rendered). */
public interface PageModelContributor {

	void contribute(ModelMap model);
}
