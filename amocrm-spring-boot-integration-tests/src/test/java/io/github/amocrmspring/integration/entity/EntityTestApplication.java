package io.github.amocrmspring.integration.entity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application the entity tests run: the starter's auto-configuration and an embedded database. */
@SpringBootConfiguration
@EnableAutoConfiguration
class EntityTestApplication {}
