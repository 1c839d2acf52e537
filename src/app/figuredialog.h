#pragma once

#include <QDialog>

class QLineEdit;

namespace Wiredesk {

/// Asks for an image to insert into the body: a local file (copied into the profile's
/// images folder so the article stays self-contained) or an http(s) URL, with caption,
/// credit and alt text.
class FigureDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FigureDialog(const QString &assetRoot, QWidget *parent = nullptr);

    /// The image source as the article stores it: a path relative to the profile or a URL.
    QString source() const { return m_source; }
    QString caption() const;
    QString credit() const;
    QString alt() const;

    void accept() override;

private:
    void browse();

    QString m_assetRoot;
    QString m_source;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_caption = nullptr;
    QLineEdit *m_credit = nullptr;
    QLineEdit *m_alt = nullptr;
};

} // namespace Wiredesk
