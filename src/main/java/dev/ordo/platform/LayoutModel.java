package dev.ordo.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.OrdoPrincipal;

/** Gives every page the signed-in person, which the layout's header shows. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("me")
	OrdoPrincipal me() {
		return CurrentActor.principal().orElse(null);
	}
}
