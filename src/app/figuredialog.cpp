#include "figuredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

FigureDialog::FigureDialog(const QString &assetRoot, QWidget *parent)
    : QDialog(parent)
    , m_assetRoot(assetRoot)
{
    setWindowTitle(tr("Insert Image"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("A file, or an https:// address"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &FigureDialog::browse);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_caption = new QLineEdit(this);
    m_credit = new QLineEdit(this);
    m_credit->setPlaceholderText(tr("e.g. Photo: Agency name"));
    m_alt = new QLineEdit(this);
    m_alt->setPlaceholderText(tr("What the image shows, for readers who cannot see it"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FigureDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Image:"), locationRow);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(tr("&Alt text:"), m_alt);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

QString FigureDialog::caption() const
{
    return m_caption->text().trimmed();
}

QString FigureDialog::credit() const
{
    return m_credit->text().trimmed();
}

QString FigureDialog::alt() const
{
    return m_alt->text().trimmed();
}

void FigureDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose an Image"), QDir::homePath(), tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.svg)"));
    if (!file.isEmpty())
        m_location->setText(file);
}

void FigureDialog::accept()
{
    const QString location = m_location->text().trimmed();
    const QUrl url(location);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        m_source = url.toString(QUrl::FullyEncoded);
        QDialog::accept();
        return;
    }
    const QString path = url.isLocalFile() ? url.toLocalFile() : location;
    const QFileInfo info(path);
    if (location.isEmpty() || !info.isFile() || QImageReader::imageFormat(path).isEmpty()) {
        QMessageBox::warning(
            this, tr("Insert Image"), tr("“%1” is not an image file or an http(s) address.").arg(location));
        return;
    }
    if (m_assetRoot.isEmpty()) {
        m_source = QUrl::fromLocalFile(info.absoluteFilePath()).toString();
        QDialog::accept();
        return;
    }
    // Keep the article self-contained: the image is copied into the profile.
    const QDir root(m_assetRoot);
    const QString relative = root.relativeFilePath(info.absoluteFilePath());
    if (!relative.startsWith(u"../"_s) && !QFileInfo(relative).isAbsolute()) {
        m_source = relative;
        QDialog::accept();
        return;
    }
    root.mkpath(u"images"_s);
    QString target = u"images/"_s + info.fileName();
    for (int n = 2; root.exists(target); ++n)
        target = u"images/"_s + info.completeBaseName() + u'-' + QString::number(n) + u'.' + info.suffix();
    if (!QFile::copy(info.absoluteFilePath(), root.filePath(target))) {
        QMessageBox::warning(this, tr("Insert Image"), tr("The image could not be copied into the profile."));
        return;
    }
    m_source = target;
    QDialog::accept();
}

} // namespace Wiredesk
