#include "sourcedetailform.h"

#include "posttimedecoder.h"
#include "sourcelistmodel.h"
#include "urlcanonicalizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SourceDetailForm::SourceDetailForm(QWidget *parent)
    : QWidget(parent)
{
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Address"));
    m_canonical = new QLabel(this);
    m_canonical->setWordWrap(true);
    m_canonical->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_publisher = new QLineEdit(this);
    m_publisher->setAccessibleName(tr("Publisher or account"));
    m_platform = new QComboBox(this);
    m_platform->setAccessibleName(tr("Platform"));
    for (const QString &platform : SourceListModel::platforms())
        m_platform->addItem(SourceListModel::platformLabel(platform), platform);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(SourceListModel::kindLabel(QString()), QString());
    for (const QString &kind : SourceListModel::kinds())
        m_kind->addItem(SourceListModel::kindLabel(kind), kind);
    m_posted = new QDateTimeEdit(this);
    m_posted->setAccessibleName(tr("Posted"));
    m_posted->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_posted->setCalendarPopup(true);
    m_postedUnknown = new QCheckBox(tr("Unknown"), this);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Verification status"));
    for (const QString &status : SourceListModel::statuses())
        m_status->addItem(SourceListModel::statusLabel(status), status);
    m_apply = new QPushButton(tr("Apply"), this);
    m_revert = new QPushButton(tr("Revert"), this);

    auto *postedRow = new QHBoxLayout;
    postedRow->setContentsMargins(0, 0, 0, 0);
    postedRow->addWidget(m_posted, 1);
    postedRow->addWidget(m_postedUnknown);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("URL:"), m_url);
    form->addRow(QString(), m_canonical);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Publisher:"), m_publisher);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Posted (UTC):"), postedRow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(buttons);

    connect(m_postedUnknown, &QCheckBox::toggled, m_posted, &QWidget::setDisabled);
    for (QLineEdit *field : {m_url, m_title, m_publisher})
        connect(field, &QLineEdit::textChanged, this, &SourceDetailForm::updateApply);
    for (QComboBox *field : {m_platform, m_kind, m_status})
        connect(field, &QComboBox::currentIndexChanged, this, &SourceDetailForm::updateApply);
    connect(m_posted, &QDateTimeEdit::dateTimeChanged, this, &SourceDetailForm::updateApply);
    connect(m_postedUnknown, &QCheckBox::toggled, this, &SourceDetailForm::updateApply);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applied(edited()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setSource(m_source); });
    connect(m_url, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_title, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_publisher, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    setSource({});
}

void SourceDetailForm::setSource(const ArticleSource &source)
{
    m_loading = true;
    m_source = source;
    const bool has = !source.id.isEmpty();
    setEnabled(has);
    m_url->setText(source.url);
    const QString canonical = source.url.isEmpty() ? QString() : UrlCanonicalizer::canonicalize(source.url);
    QString note = canonical.isEmpty() || canonical == source.url ? QString() : tr("Canonical: %1").arg(canonical);
    const DecodedPostTime decoded = PostTimeDecoder::decode(source.url, QDateTime::currentDateTimeUtc());
    if (decoded.time.isValid())
        note += (note.isEmpty() ? QString() : u"\n"_s)
            + tr("The URL's id says it was posted %1 UTC.").arg(decoded.time.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    m_canonical->setText(note);
    m_canonical->setVisible(!note.isEmpty());
    m_title->setText(source.title);
    m_publisher->setText(source.publisher);
    m_platform->setCurrentIndex(
        std::max(0, m_platform->findData(source.platform.isEmpty() ? u"other"_s : source.platform)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(source.kind)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(source.status)));
    m_postedUnknown->setChecked(!source.posted.isValid());
    // The edit shows UTC wall-clock time (the label says so); it is read back the same way.
    const QDateTime utc = source.posted.isValid() ? source.posted.toUTC() : QDateTime::currentDateTimeUtc();
    m_posted->setDateTime(QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute())));
    m_loading = false;
    updateApply();
}

ArticleSource SourceDetailForm::edited() const
{
    ArticleSource source = m_source;
    source.url = m_url->text().trimmed();
    source.title = m_title->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.platform = m_platform->currentData().toString();
    source.kind = m_kind->currentData().toString();
    source.status = m_status->currentData().toString();
    if (m_postedUnknown->isChecked()) {
        source.posted = QDateTime();
    } else {
        const QDateTime shown = m_posted->dateTime();
        source.posted = QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()), QTimeZone::utc());
        // Unchanged to the minute shown: keep the stored seconds.
        if (m_source.posted.isValid()
            && m_source.posted.toUTC().toString(u"yyyyMMddHHmm"_s) == source.posted.toString(u"yyyyMMddHHmm"_s))
            source.posted = m_source.posted;
    }
    return source;
}

void SourceDetailForm::updateApply()
{
    if (m_loading)
        return;
    const bool changed = !m_source.id.isEmpty() && !(edited() == m_source);
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
}

} // namespace Wiredesk
