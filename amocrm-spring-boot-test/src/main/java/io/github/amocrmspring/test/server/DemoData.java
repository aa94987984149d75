package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.CustomField;
import io.github.amocrmspring.test.server.AccountModel.User;
import io.github.amocrmspring.test.server.StoredEntity.FieldValue;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.StringNode;

/**
 * Demo data for the default account of a fake server: a sales team, two pipelines, custom fields, and a few dozen
 * contacts, companies and leads with tasks and notes, all with Russian names as a Russian amoCRM account has them.
 */
public final class DemoData {

    private static final String[] FIRST_NAMES = {
        "Анна", "Дмитрий", "Елена", "Сергей", "Ольга", "Алексей", "Мария", "Иван", "Татьяна", "Николай"
    };

    private static final String[] LAST_NAMES = {
        "Смирнова", "Иванов", "Кузнецова", "Попов", "Васильева", "Петров", "Соколова", "Михайлов", "Новикова", "Фёдоров"
    };

    private static final String[] COMPANIES = {
        "ООО «Ромашка»",
        "АО «Северсталь-Сервис»",
        "ООО «Технопарк»",
        "ИП Громов",
        "ООО «Вектор»",
        "ЗАО «Балтика-Логистик»",
        "ООО «Сибирские окна»",
        "ООО «Уральский металл»",
        "АО «Волга-Трейд»",
        "ООО «Кедр»",
        "ООО «Альфа-Строй»",
        "ООО «Гранд Мебель»"
    };

    private static final String[] DEALS = {
        "Поставка оборудования", "Внедрение CRM", "Годовой сервисный договор", "Партия окон ПВХ", "Аренда склада",
        "Обучение персонала", "Разработка сайта", "Логистика по Москве", "Поставка металлопроката", "Аудит",
        "Ремонт офиса", "Мебель для переговорной"
    };

    private static final String[] CITIES = {"Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Казань"};

    private DemoData() {}

    /** Fills the server's default account with demo data; adds users, pipelines and fields only once. */
    public static void populate(AmoFakeServer server) {
        FakeAccount account = server.defaultAccount();
        synchronized (account) {
            populate(account);
        }
    }

    private static void populate(FakeAccount account) {
        List<Long> managers = managers(account);
        long partnersPipeline = pipeline(account);
        long sourceField = field(
                account,
                EntityType.LEAD,
                "Источник",
                CustomField.SELECT,
                "Сайт",
                "Рекомендация",
                "Выставка",
                "Холодный звонок");
        long contractField = field(account, EntityType.LEAD, "Номер договора", CustomField.TEXT);
        long cityField = field(account, EntityType.CONTACT, "Город", CustomField.TEXT);
        CustomField phone = account.customFields.get(account.customFieldId(EntityType.CONTACT, "PHONE"));
        CustomField email = account.customFields.get(account.customFieldId(EntityType.CONTACT, "EMAIL"));
        CustomField position = account.customFields.get(account.customFieldId(EntityType.CONTACT, "POSITION"));
        CustomField companyWeb = account.customFields.get(account.customFieldId(EntityType.COMPANY, "WEB"));
        CustomField source = account.customFields.get(sourceField);

        List<StoredEntity> companies = new ArrayList<>();
        for (int i = 0; i < COMPANIES.length; i++) {
            StoredEntity company = account.newEntity(EntityType.COMPANY);
            company.name = COMPANIES[i];
            company.responsibleUserId = managers.get(i % managers.size());
            company.customFields.put(companyWeb.id(), List.of(text("https://company" + (i + 1) + ".example.ru")));
            companies.add(company);
        }
        List<StoredEntity> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            StoredEntity contact = account.newEntity(EntityType.CONTACT);
            contact.firstName = FIRST_NAMES[i % FIRST_NAMES.length];
            contact.lastName = LAST_NAMES[(i * 3) % LAST_NAMES.length];
            contact.name = contact.firstName + " " + contact.lastName;
            contact.responsibleUserId = managers.get(i % managers.size());
            contact.customFields.put(
                    phone.id(),
                    List.of(new FieldValue(
                            StringNode.valueOf(
                                    String.format("+7 (9%02d) %03d-%02d-%02d", 10 + i, 100 + i * 7, 10 + i, 20 + i)),
                            phone.enumId(i % 2 == 0 ? "MOB" : "WORK"),
                            null)));
            contact.customFields.put(
                    email.id(),
                    List.of(new FieldValue(
                            StringNode.valueOf("client" + (i + 1) + "@example.ru"), email.enumId("WORK"), null)));
            contact.customFields.put(position.id(), List.of(text(i % 3 == 0 ? "Директор" : "Менеджер по закупкам")));
            contact.customFields.put(cityField, List.of(text(CITIES[i % CITIES.length])));
            account.link(contact, companies.get(i % companies.size()));
            contacts.add(contact);
        }
        List<Long> salesStages = account.stageIds(account.mainPipelineId());
        List<Long> partnerStages = account.stageIds(partnersPipeline);
        for (int i = 0; i < 40; i++) {
            StoredEntity lead = account.newEntity(EntityType.LEAD);
            boolean partner = i % 5 == 4;
            List<Long> stages = partner ? partnerStages : salesStages;
            lead.name = DEALS[i % DEALS.length] + " №" + (101 + i);
            lead.pipelineId = partner ? partnersPipeline : account.mainPipelineId();
            lead.statusId = stages.get(1 + (i % (stages.size() - 1)));
            lead.closedAt = (lead.statusId == 142 || lead.statusId == 143) ? lead.createdAt : 0;
            lead.sale = 15_000L * (1 + (i * 7) % 40);
            lead.responsibleUserId = managers.get(i % managers.size());
            Long sourceEnum = new ArrayList<>(source.enums().keySet())
                    .get(i % source.enums().size());
            lead.customFields.put(
                    source.id(),
                    List.of(new FieldValue(StringNode.valueOf(source.enums().get(sourceEnum)), sourceEnum, null)));
            lead.customFields.put(contractField, List.of(text("Д-2024/" + (500 + i))));
            lead.tags = (i % 3 == 0) ? List.of(account.tag("VIP")) : List.of(account.tag("сайт"));
            account.link(lead, contacts.get(i % contacts.size()));
            account.link(lead, companies.get(i % companies.size()));
            if (i % 2 == 0) {
                StoredEntity task = account.newEntity(EntityType.TASK);
                task.elementId = lead.id;
                task.elementType = EntityType.LEAD.elementType();
                task.taskType = 1 + (i % 3);
                task.text = "Связаться с клиентом по сделке «" + lead.name + "»";
                task.completeTillAt = account.now() + 86_400L * (i % 7 - 2);
                task.responsibleUserId = lead.responsibleUserId;
            }
            StoredEntity note = account.newEntity(EntityType.NOTE);
            note.elementId = lead.id;
            note.elementType = EntityType.LEAD.elementType();
            note.noteType = NoteTypes.COMMON;
            note.text = "Клиент запросил коммерческое предложение";
        }
        long catalogId = account.addCatalog("Товары");
        long article = account.addCatalogField(catalogId, "Артикул", CustomField.TEXT);
        long price = account.addCatalogField(catalogId, "Цена", CustomField.NUMERIC);
        String[] products = {"Кресло офисное", "Стол переговорный", "Шкаф для документов", "Ноутбук", "Принтер"};
        for (int i = 0; i < products.length; i++) {
            StoredEntity element = account.newEntity(EntityType.CATALOG_ELEMENT);
            element.catalogId = catalogId;
            element.name = products[i];
            element.customFields.put(article, List.of(text("ART-" + (1000 + i))));
            element.customFields.put(price, List.of(text(String.valueOf(4_990 * (i + 1)))));
        }
        account.addWidget("amo_telephony_demo", "Телефония (демо)");
        account.addWidget("amo_forms_demo", "Формы на сайт (демо)");
    }

    private static List<Long> managers(FakeAccount account) {
        String[][] team = {
            {"Анна Смирнова", "a.smirnova@example.ru"},
            {"Дмитрий Иванов", "d.ivanov@example.ru"},
            {"Елена Кузнецова", "e.kuznetsova@example.ru"}
        };
        List<Long> ids = new ArrayList<>();
        for (String[] member : team) {
            Long existing = account.users.values().stream()
                    .filter((user) -> user.login().equals(member[1]))
                    .map(User::id)
                    .findFirst()
                    .orElse(null);
            ids.add((existing != null) ? existing : account.addUser(member[0], member[1]));
        }
        return ids;
    }

    private static long pipeline(FakeAccount account) {
        return account.pipelines.values().stream()
                .filter((pipeline) -> pipeline.name.equals("Партнёры"))
                .map((pipeline) -> pipeline.id)
                .findFirst()
                .orElseGet(() -> account.addPipeline("Партнёры", "Заявка", "Проверка", "Договор"));
    }

    private static long field(FakeAccount account, EntityType type, String name, int fieldType, String... enums) {
        for (CustomField field : account.customFields.values()) {
            if (field.entityKey().equals(type.plural()) && field.name().equals(name)) {
                return field.id();
            }
        }
        return account.addCustomField(type, name, fieldType, enums);
    }

    private static FieldValue text(String value) {
        return new FieldValue(StringNode.valueOf(value), null, null);
    }
}
