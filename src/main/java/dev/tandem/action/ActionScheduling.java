package dev.tandem.action;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs such as the action reminders; several modules may say so, it counts once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ActionScheduling {}
