package org.sitrep.store;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded database under a data folder: SQLite in WAL mode (readers never wait for the writer), its schema
 * versioned by Flyway migrations ({@code db/migration}). One connection writes, under a lock, each unit of work in
 * one transaction committed with a full sync, so what a caller was told is stored survives a crash of the process or
 * the machine. Readers borrow connections from a small pool.
 */
public final class Store implements AutoCloseable {
    /** The database file inside the data folder. */
    public static final String DATABASE = "sitrep.db";
    /** The file a process holds a lock on while it has the store open. */
    public static final String LOCK = "sitrep.lock";
    private static final int READERS = 4;

    private final Path folder;
    private final SQLiteDataSource source;
    private final Connection writer;
    private final FileChannel lock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Store(Path folder, SQLiteDataSource source, Connection writer, FileChannel lock) {
        this.folder = folder;
        this.source = source;
        this.writer = writer;
        this.lock = lock;
    }

    /**
     * Opens (creating when needed) the store in {@code folder} and brings its schema up to date. One process at a time
     * holds a store: a second one (another {@code serve}, or {@code ingest} beside a server) is refused, since two
     * analysts would take the same reports.
     */
    public static Store open(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel lockFile = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new IOException("the store in " + folder + " is in use by another Sitrep process (a server or an "
                    + "ingest); post reports to that server, or wait for it to end");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + folder.resolve(DATABASE).toAbsolutePath());
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException error) {
            lockFile.close();
            throw new IOException("cannot bring the store in " + folder + " up to date: " + error.getMessage(), error);
        }
        try {
            Connection writer = source.getConnection();
            writer.setAutoCommit(false);
            return new Store(folder, source, writer, lockFile);
        } catch (SQLException error) {
            lockFile.close();
            throw new IOException("cannot open the store in " + folder + ": " + error.getMessage(), error);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException error) {
                rollback();
                throw error instanceof RuntimeException r ? r : new StoreException((SQLException) error);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a reading connection (a consistent snapshot for the length of one transaction). */
    public <T> T read(Work<T> work) {
        Connection c = readers.poll();
        try {
            if (c == null) {
                c = source.getConnection();
                c.setAutoCommit(false);
            }
            try {
                return work.run(c);
            } finally {
                c.rollback(); // ends the read transaction so the WAL can be checkpointed
            }
        } catch (SQLException error) {
            throw new StoreException(error);
        } finally {
            if (c != null && !readers.offer(c)) {
                closeQuietly(c);
            }
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next write says so
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            for (Connection c; (c = readers.poll()) != null; ) {
                closeQuietly(c);
            }
            try {
                lock.close(); // releases the lock
            } catch (IOException ignored) {
                // the process ends soon; the OS releases it then
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** A database error, unchecked: the store is local, so an error is a broken disk or a bug, not a retry. */
    public static final class StoreException extends RuntimeException {
        public StoreException(SQLException cause) {
            super("store: " + cause.getMessage(), cause);
        }
    }
}
