package dev.strata.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}, served entirely by Strata ({@code static/graphiql/} and WebJars) instead of Spring's
 * page, which loads GraphiQL from a CDN and stays at "Loading..." without internet. Its tabs are the README's example
 * queries ({@code static/graphiql/examples.graphql}).
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
        registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
    }
}
