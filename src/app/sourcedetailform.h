#pragma once

#include "article.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Wiredesk {

/// The provenance sidebar's detail form for one source: URL (with its canonical form),
/// title, publisher, platform, kind, posting time (or "unknown") and verification status.
/// "Apply" hands the edited source back (edited()); the sidebar turns it into one undoable
/// change of the article.
class SourceDetailForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceDetailForm(QWidget *parent = nullptr);

    /// Shows @p source; an empty id clears and disables the form.
    void setSource(const ArticleSource &source);
    ArticleSource source() const { return m_source; }
    /// The source as the form shows it now.
    ArticleSource edited() const;

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *publisherField() const { return m_publisher; }
    QComboBox *platformField() const { return m_platform; }
    QComboBox *kindField() const { return m_kind; }
    QComboBox *statusField() const { return m_status; }
    QDateTimeEdit *postedField() const { return m_posted; }
    QCheckBox *postedUnknownField() const { return m_postedUnknown; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void applied(const Wiredesk::ArticleSource &source);

private:
    void updateApply();

    ArticleSource m_source;
    QLineEdit *m_url = nullptr;
    QLabel *m_canonical = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_posted = nullptr;
    QCheckBox *m_postedUnknown = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    bool m_loading = false;
};

} // namespace Wiredesk
