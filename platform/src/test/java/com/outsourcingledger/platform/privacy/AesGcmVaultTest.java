package com.outsourcingledger.platform.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.refusal.PrivacyRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault over each key store: the table on H2 (the embedded default) and on PostgreSQL, and the key files. */
class AesGcmVaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
    private static final PersonalData ZHANG = new PersonalData("张伟", "110101199003078515", "+86 138 0013 8000");

    @TempDir
    static Path keyDir;

    static Stream<Named<Function<Path, SubjectKeys>>> stores() {
        return Stream.of(
                Named.of("table on H2", dir -> new TableKeys(migrated(new DriverManagerDataSource("jdbc:h2:mem:"
                        + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "")),
                        CLOCK)),
                Named.of("table on PostgreSQL", dir -> new TableKeys(PostgresForTests.migratedDataSource("platform-test"),
                        CLOCK)),
                Named.of("key files", dir -> new FileKeys(dir.resolve(UUID.randomUUID().toString()))));
    }

    private static DataSource migrated(DataSource dataSource) {
        new SchemaMigrations(dataSource, "platform-test").migrate();
        return dataSource;
    }

    private static PersonalDataVault vault(SubjectKeys keys) {
        return new AesGcmVault(keys, Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void opensWhatItSealedAndStoresNoneOfItInClear(Function<Path, SubjectKeys> store) {
        PersonalDataVault vault = vault(store.apply(keyDir));

        SealedPersonalData sealed = vault.seal("worker-1", ZHANG);
        SealedPersonalData again = vault.seal("worker-1", ZHANG);

        assertThat(sealed.subjectId()).isEqualTo("worker-1");
        assertThat(sealed.algorithm()).isEqualTo("AES-256-GCM");
        assertThat(sealed.ciphertext()).doesNotContain("110101199003078515");
        assertThat(Base64.getDecoder().decode(sealed.ciphertext())).hasSizeGreaterThan(12 + 16);
        assertThat(again.ciphertext()).as("a fresh nonce per seal").isNotEqualTo(sealed.ciphertext());
        assertThat(vault.open(sealed)).contains(ZHANG);
        assertThat(vault.open(again)).contains(ZHANG);
        assertThat(vault.isErased("worker-1")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aCiphertextPutUnderAnotherSubjectDoesNotOpen(Function<Path, SubjectKeys> store) {
        PersonalDataVault vault = vault(store.apply(keyDir));
        SealedPersonalData first = vault.seal("worker-1", ZHANG);
        vault.seal("worker-2", new PersonalData("李娜", "310101198512120023", "li.na@example.cn"));

        assertThatThrownBy(() -> vault.open(new SealedPersonalData("worker-2", first.algorithm(), first.ciphertext())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void erasureDestroysTheKeySoNothingOpensAndNothingIsSealedAgain(Function<Path, SubjectKeys> store) {
        PersonalDataVault vault = vault(store.apply(keyDir));
        SealedPersonalData sealed = vault.seal("worker-1", ZHANG);
        SealedPersonalData other = vault.seal("worker-2", ZHANG);

        vault.erase("worker-1");
        vault.erase("worker-1");

        assertThat(vault.isErased("worker-1")).isTrue();
        assertThat(vault.open(sealed)).isEmpty();
        assertThat(vault.open(other)).contains(ZHANG);
        assertThatThrownBy(() -> vault.seal("worker-1", ZHANG)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.rule()).isEqualTo(PrivacyRuleCodes.PERSONAL_DATA_ERASED);
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        });
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSubjectErasedBeforeItWasEverSealedIsNeverSealed(Function<Path, SubjectKeys> store) {
        PersonalDataVault vault = vault(store.apply(keyDir));

        vault.erase("worker-9");

        assertThat(vault.isErased("worker-9")).isTrue();
        assertThatThrownBy(() -> vault.seal("worker-9", ZHANG)).isInstanceOf(Refusal.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theOtherAppStopsOpeningAnErasedSubjectOnceItsCachedKeyIsOlderThanTheKeyCache(
            Function<Path, SubjectKeys> store) throws InterruptedException {
        SubjectKeys shared = store.apply(keyDir);
        PersonalDataVault commandSide = vault(shared);
        PersonalDataVault querySide = new AesGcmVault(shared, Duration.ofMillis(200));
        SealedPersonalData sealed = commandSide.seal("worker-1", ZHANG);
        assertThat(querySide.open(sealed)).contains(ZHANG);

        commandSide.erase("worker-1");
        assertThatThrownBy(() -> querySide.seal("worker-1", ZHANG)).as("sealing reads the store, not the cache")
                .isInstanceOf(Refusal.class);
        Thread.sleep(250);

        assertThat(querySide.open(sealed)).isEmpty();
        assertThat(querySide.isErased("worker-1")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void sealingWithoutAKeyCreatesOneThatTheOtherAppFindsAndUses(Function<Path, SubjectKeys> store) {
        SubjectKeys shared = store.apply(keyDir);
        PersonalDataVault one = vault(shared);
        PersonalDataVault two = vault(shared);

        SealedPersonalData byTwo = two.seal("worker-1", ZHANG);
        SealedPersonalData byOne = one.seal("worker-1", ZHANG);

        assertThat(one.open(byTwo)).contains(ZHANG);
        assertThat(two.open(byOne)).contains(ZHANG);
    }

    @org.junit.jupiter.api.Test
    void aKeyOutlivesTheRolledBackTransactionOfTheCommandThatSealedWithItAndAnErasureCommitsOnItsOwn() {
        DataSource dataSource = PostgresForTests.migratedDataSource("platform-test");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        PersonalDataVault commandSide = vault(new TableKeys(dataSource, CLOCK));

        SealedPersonalData sealed = transaction.execute(status -> {
            status.setRollbackOnly();
            return commandSide.seal("worker-1", ZHANG);
        });
        SealedPersonalData retried = commandSide.seal("worker-1", ZHANG);
        transaction.executeWithoutResult(status -> {
            commandSide.erase("worker-2");
            status.setRollbackOnly();
        });

        PersonalDataVault querySide = vault(new TableKeys(dataSource, CLOCK));
        assertThat(querySide.open(retried)).contains(ZHANG);
        assertThat(querySide.open(sealed)).contains(ZHANG);
        assertThat(querySide.isErased("worker-2")).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theTableKeepsATombstoneWithoutTheKeyBytes() {
        DataSource dataSource = PostgresForTests.migratedDataSource("platform-test");
        PersonalDataVault vault = vault(new TableKeys(dataSource, CLOCK));
        vault.seal("worker-1", ZHANG);

        vault.erase("worker-1");

        List<Object> row = JdbcClient.create(dataSource)
                .sql("SELECT key_bytes, erased_at FROM personal_data_key WHERE subject_id = 'worker-1'")
                .query((rs, n) -> java.util.Arrays.asList(rs.getBytes(1), rs.getObject(2))).single();
        assertThat(row.get(0)).isNull();
        assertThat(row.get(1)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void theKeyFileIsGoneAndATombstoneIsLeft() throws Exception {
        Path dir = keyDir.resolve("files-" + UUID.randomUUID());
        PersonalDataVault vault = vault(new FileKeys(dir));
        vault.seal("worker-1", ZHANG);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("d29ya2VyLTE.key");
        }

        vault.erase("worker-1");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("d29ya2VyLTE.erased");
        }
    }
}
