package dev.strata.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the application sends, by wrapping the Neo4j driver: every {@code run} on a session
 * or transaction is one round trip. Used to prove that GraphQL navigation is batched (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCountingDriver {

    public static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Bean
    static BeanPostProcessor countingDriverPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("run") && target instanceof QueryRunner) {
                STATEMENTS.incrementAndGet();
            }
            if (result instanceof Session session && !(result instanceof Proxy)) {
                return wrap(session, Session.class);
            }
            if (result instanceof Transaction transaction && !(result instanceof Proxy)) {
                return wrap(transaction, Transaction.class);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
