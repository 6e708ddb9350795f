package com.printdesk.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, whoever prepares them (JPA, JdbcClient,
 * Spring Session...): tests call {@link #start()}, do one request, and read {@link #stop()}.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<java.util.List<String>> STATEMENTS = new ThreadLocal<>();

    public static void start() {
        STATEMENTS.set(new java.util.ArrayList<>());
    }

    /** The statements prepared since {@link #start()}, in order (SQL text where the caller gave one). */
    public static java.util.List<String> stop() {
        java.util.List<String> statements = STATEMENTS.get();
        STATEMENTS.remove();
        return statements == null ? java.util.List.of() : statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if ((name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall"))
                        && STATEMENTS.get() != null) {
                    STATEMENTS.get().add(args != null && args.length > 0 ? String.valueOf(args[0]) : name);
                }
                try {
                    return method.invoke(connection, args);
                }
                catch (InvocationTargetException ex) {
                    throw ex.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
